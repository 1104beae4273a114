import { redirect } from '@sveltejs/kit';
import { safeRedirect } from '$lib/safe-redirect';
import { cookieMaxAge, cookieName, isLocale } from '$lib/paraglide/runtime.js';
import type { RequestHandler } from './$types';

/** The language switch: works without JavaScript and sticks through a cookie. */
export const POST: RequestHandler = async ({ request, cookies }) => {
	const form = await request.formData().catch(() => null);
	const locale = form?.get('locale');
	const target = form?.get('redirectTo');
	if (typeof locale === 'string' && isLocale(locale)) {
		// Paraglide reads this cookie in the browser too, so it cannot be HttpOnly.
		cookies.set(cookieName, locale, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax' });
	}
	redirect(303, safeRedirect(target));
};
