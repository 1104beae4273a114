import { redirect } from '@sveltejs/kit';
import { deleteSessionCookie } from '$lib/server/identity/cookie';
import { endSession } from '$lib/server/identity/end-session';
import { appContext } from '$lib/server/context';
import { PROVIDER_LOGOUT_PATH, setPendingLogout } from '$lib/server/identity/oidc/logout';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: ({ locals, cookies, url, setHeaders }) => {
		const idToken = locals.session?.oidcIdToken;
		if (locals.session) endSession(appContext(), locals.session.id);
		deleteSessionCookie(cookies, url);
		// The board copies kept for offline use (IndexedDB) hold whole workshops; on a shared
		// Rathaus PC the next person must not find them. The browser deletes them with this.
		setHeaders({ 'clear-site-data': '"storage"' });
		// After a single sign-on the provider's session ends too: on a shared PC the next person
		// would otherwise be signed in as this one by a click on "Mit dem Konto der Kommune anmelden".
		if (idToken) {
			setPendingLogout(cookies, url, idToken);
			redirect(303, PROVIDER_LOGOUT_PATH);
		}
		redirect(303, '/login');
	}
};
