import type { Cookies } from '@sveltejs/kit';
import * as v from 'valibot';
import { oneUseCookie } from './one-use-cookie.ts';

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

const cookie = oneUseCookie('pinnwand_oidc', '/auth/oidc', 10 * 60);

const token = v.pipe(v.string(), v.regex(/^[\w-]{16,128}$/));
const Pending = v.object({ codeVerifier: token, state: token, nonce: token, redirectTo: v.pipe(v.string(), v.startsWith('/'), v.maxLength(2000)) });

export function setPendingLogin(cookies: Cookies, url: URL, pending: PendingLogin): void {
	cookie.set(cookies, url, JSON.stringify(pending));
}

/** The pending sign-in, removed at once: a state, nonce and verifier are good for one answer only. */
export function takePendingLogin(cookies: Cookies, url: URL): PendingLogin | null {
	const raw = cookie.take(cookies, url);
	if (!raw) return null;
	try {
		const parsed = v.safeParse(Pending, JSON.parse(raw));
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}
