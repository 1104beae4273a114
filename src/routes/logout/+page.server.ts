import { redirect } from '@sveltejs/kit';
import { deleteSessionCookie } from '$lib/server/identity/cookie';
import { endSession } from '$lib/server/identity/end-session';
import { appContext } from '$lib/server/context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: ({ locals, cookies, url, setHeaders }) => {
		if (locals.session) endSession(appContext(), locals.session.id);
		deleteSessionCookie(cookies, url);
		// The board copies kept for offline use (IndexedDB) hold whole workshops; on a shared
		// Rathaus PC the next person must not find them. The browser deletes them with this.
		setHeaders({ 'clear-site-data': '"storage"' });
		redirect(303, '/login');
	}
};
