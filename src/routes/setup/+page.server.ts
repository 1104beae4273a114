import { fail, redirect } from '@sveltejs/kit';
import { setSessionCookie } from '$lib/server/identity/cookie';
import { createSession, generateSessionToken } from '$lib/server/identity/session';
import { appContext } from '$lib/server/context';
import { countUsers, createUser } from '$lib/server/identity/users';
import type { Actions, PageServerLoad } from './$types';

type SetupState = 'open' | 'done' | 'bad_token';

function state(token: string | null): SetupState {
	const { db, setupToken, config } = appContext();
	// Without passwords there is nothing to set up: the first single sign-on makes the first account.
	if (!config.passwords || countUsers(db) > 0) return 'done';
	return setupToken.matches(token) ? 'open' : 'bad_token';
}

export const load: PageServerLoad = ({ url }) => ({ state: state(url.searchParams.get('token')) });

export const actions: Actions = {
	default: async ({ request, url, cookies }) => {
		const form = await request.formData();
		const token = String(form.get('token') ?? '');
		const values = { email: String(form.get('email') ?? ''), name: String(form.get('name') ?? '') };
		const current = state(token);
		if (current !== 'open') return fail(403, { ...values, state: current, errors: {} });

		const { db, setupToken } = appContext();
		const created = await createUser(db, { ...values, password: String(form.get('password') ?? '') });
		if (!created.ok) return fail(400, { ...values, state: current, errors: created.errors });
		setupToken.spend();

		const sessionToken = generateSessionToken();
		const session = createSession(db, sessionToken, { kind: 'user', userId: created.value.id });
		setSessionCookie(cookies, url, sessionToken, session.expiresAt);
		redirect(303, '/');
	}
};
