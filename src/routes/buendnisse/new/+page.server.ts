import { fail, redirect } from '@sveltejs/kit';
import { buendnisFormInput } from '$lib/server/buendnis/buendnis-form';
import { createBuendnis } from '$lib/server/buendnis/buendnisse';
import { appContext } from '$lib/server/context';
import { requireUser } from '$lib/server/http/page-guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	requireUser(locals, url);
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const input = buendnisFormInput(await request.formData());
		const created = createBuendnis(appContext().db, user.id, input);
		if (!created.ok) return fail(400, { values: input, errors: created.errors });
		redirect(303, `/buendnis/${created.value.id}`);
	}
};
