import { redirect } from '@sveltejs/kit';
import { normalizeJoinCode } from '$lib/server/db/ids';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request }) => {
		const code = normalizeJoinCode(String((await request.formData()).get('code') ?? '').slice(0, 20));
		redirect(303, `/j/${encodeURIComponent(code)}`);
	}
};
