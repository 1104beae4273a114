import { redirect } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { publicOrigin } from '$lib/server/http/http';
import { takePendingLogout } from '$lib/server/identity/oidc/logout';
import type { PageServerLoad } from './$types';

/**
 * Right after the logout of a single sign-on: the page that sends the browser on to the
 * provider's logout, which then sends it back to /login. Without a pending logout, or with a
 * provider that offers none, there is nothing to do here.
 */
export const load: PageServerLoad = async ({ cookies, url }) => {
	const { oidc, log } = appContext();
	const idToken = takePendingLogout(cookies, url);
	if (!idToken || !oidc) redirect(303, '/login');
	const provider = await oidc.logoutUrl(publicOrigin(url), idToken);
	if (!provider) {
		log.warn('Single sign-on: the provider offers no logout; its session stays');
		redirect(303, '/login');
	}
	return { url: provider.href };
};
