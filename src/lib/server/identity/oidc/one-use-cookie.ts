import type { Cookies } from '@sveltejs/kit';

/**
 * An HttpOnly cookie that carries something across one redirect and is deleted when read, so
 * it counts once: the pending sign-in to the callback, the ID token to the provider's logout.
 */
export function oneUseCookie(name: string, path: string, lifetimeSeconds: number) {
	const options = (url: URL) => ({ path, httpOnly: true, sameSite: 'lax' as const, secure: url.protocol === 'https:' });
	return {
		set(cookies: Cookies, url: URL, value: string): void {
			cookies.set(name, value, { ...options(url), maxAge: lifetimeSeconds });
		},
		take(cookies: Cookies, url: URL): string | undefined {
			const value = cookies.get(name);
			cookies.delete(name, options(url));
			return value;
		}
	};
}
