import { fail, redirect } from '@sveltejs/kit';
import { setSessionCookie } from '$lib/server/identity/cookie';
import { logIn } from '$lib/server/identity/login';
import { appContext } from '$lib/server/context';
import { clientAddress } from '$lib/server/http/http';
import { safeRedirect } from '$lib/safe-redirect';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo);
	const { config } = appContext();
	return {
		passwords: config.passwords,
		sso: config.oidc ? { label: config.oidc.label, href: `/auth/oidc?redirectTo=${encodeURIComponent(redirectTo)}` } : null
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '').slice(0, 254);
		const password = String(form.get('password') ?? '').slice(0, 256);
		const { db, limits, config } = appContext();
		if (!config.passwords) return fail(403, { email, error: 'passwords_off', minutes: 0 });
		const result = await logIn(db, limits, email, password, clientAddress(getClientAddress));
		if (!result.ok) {
			if (result.reason === 'rate_limited') {
				return fail(429, { email, error: 'rate_limited', minutes: Math.ceil(result.retryAfterMs / 60_000) });
			}
			return fail(400, { email, error: 'wrong_credentials', minutes: 0 });
		}
		setSessionCookie(cookies, url, result.token, result.session.expiresAt);
		redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	}
};
