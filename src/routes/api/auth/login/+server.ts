import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { setSessionCookie } from '$lib/server/identity/cookie';
import { logIn } from '$lib/server/identity/login';
import { appContext } from '$lib/server/context';
import { clientAddress, jsonError, readJson } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

const LoginInput = v.object({
	email: v.pipe(v.string('email:required'), v.maxLength(254, 'email:too_long')),
	password: v.pipe(v.string('password:required'), v.maxLength(256, 'password:too_long'))
});

export const POST: RequestHandler = async ({ request, cookies, url, getClientAddress }) => {
	if (!appContext().config.passwords) {
		return jsonError(403, 'passwords_off', 'Signing in with a password is switched off here; use single sign-on (GET /auth/oidc)');
	}
	const body = await readJson(request, LoginInput);
	if (!body.ok) return body.response;
	const { db, limits } = appContext();
	const result = await logIn(db, limits, body.value.email, body.value.password, clientAddress(getClientAddress));
	if (!result.ok) {
		if (result.reason === 'rate_limited') {
			return jsonError(429, 'rate_limited', 'Too many failed attempts; try again later', {
				headers: { 'retry-after': String(Math.ceil(result.retryAfterMs / 1000)) }
			});
		}
		return jsonError(401, 'wrong_credentials', 'Email or password is wrong');
	}
	setSessionCookie(cookies, url, result.token, result.session.expiresAt);
	return json({ token: result.token, user: result.user });
};
