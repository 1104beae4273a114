import { error, redirect } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { publicOrigin } from '$lib/server/http/http';
import { setPendingLogin } from '$lib/server/identity/oidc/pending';
import { safeRedirect } from '$lib/safe-redirect';
import type { PageServerLoad } from './$types';

/** The SSO button: off to the Kommune's provider, with this browser's PKCE verifier, state and nonce kept in a cookie. */
export const load: PageServerLoad = async ({ url, cookies }) => {
	const { oidc, log } = appContext();
	if (!oidc) error(404, { message: 'not_found', code: 'not_found' });
	let start: Awaited<ReturnType<typeof oidc.start>>;
	try {
		start = await oidc.start(publicOrigin(url), safeRedirect(url.searchParams.get('redirectTo')));
	} catch (cause) {
		log.warn('Single sign-on: the provider could not be discovered', { error: cause instanceof Error ? cause.message : String(cause) });
		error(503, { message: 'unavailable', code: 'oidc_unavailable' });
	}
	setPendingLogin(cookies, url, start.pending);
	redirect(302, start.url.href);
};
