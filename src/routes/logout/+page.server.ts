import { redirect } from '@sveltejs/kit';
import { deleteSessionCookie } from '$lib/server/auth/cookie';
import { endSession } from '$lib/server/auth/end-session';
import { appContext } from '$lib/server/context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: ({ locals, cookies, url }) => {
		if (locals.session) endSession(appContext(), locals.session.id);
		deleteSessionCookie(cookies, url);
		redirect(303, '/login');
	}
};
