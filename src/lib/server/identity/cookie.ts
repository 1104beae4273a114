import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'pinnwand_session';

/** HttpOnly and SameSite=Lax always; Secure whenever the site is served over https. */
export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt,
		path: '/'
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' });
}

/** The token from the cookie (browsers) or from `Authorization: Bearer` (scripts). */
export function sessionTokenFrom(request: Request, cookies: Cookies): string | null {
	const header = request.headers.get('authorization');
	const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
	return bearer ?? cookies.get(SESSION_COOKIE) ?? null;
}
