import type { Cookies } from '@sveltejs/kit';
import * as v from 'valibot';

/**
 * What the browser carries from the redirect to the provider back to the callback: the PKCE
 * verifier, state and nonce that prove the answer belongs to this browser's request, and where
 * to go afterwards. Only this browser has it (HttpOnly); it lives for one sign-in attempt.
 */
export interface PendingLogin {
	codeVerifier: string;
	state: string;
	nonce: string;
	redirectTo: string;
}

const COOKIE = 'pinnwand_oidc';
const PATH = '/auth/oidc';
const LIFETIME_SECONDS = 10 * 60;

const token = v.pipe(v.string(), v.regex(/^[\w-]{16,128}$/));
const Pending = v.object({ codeVerifier: token, state: token, nonce: token, redirectTo: v.pipe(v.string(), v.startsWith('/'), v.maxLength(2000)) });

export function setPendingLogin(cookies: Cookies, url: URL, pending: PendingLogin): void {
	cookies.set(COOKIE, JSON.stringify(pending), {
		path: PATH,
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: LIFETIME_SECONDS
	});
}

/** The pending sign-in, removed at once: a state, nonce and verifier are good for one answer only. */
export function takePendingLogin(cookies: Cookies, url: URL): PendingLogin | null {
	const raw = cookies.get(COOKIE);
	cookies.delete(COOKIE, { path: PATH, httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' });
	if (!raw) return null;
	try {
		const parsed = v.safeParse(Pending, JSON.parse(raw));
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}
