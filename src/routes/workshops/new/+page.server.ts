import { fail, redirect } from '@sveltejs/kit';
import { STARTER_TEMPLATE } from '$lib/board/templates';
import { appContext } from '$lib/server/context';
import { requireUser } from '$lib/server/http/page-guards';
import { workshopFormInput } from '$lib/server/workshop/workshop-form';
import { createWorkshop } from '$lib/server/workshop/workshops';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	requireUser(locals, url);
	return { categories: STARTER_TEMPLATE.categories };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const input = workshopFormInput(await request.formData());
		const created = createWorkshop(appContext().db, user.id, input);
		if (!created.ok) return fail(400, { values: input, errors: created.errors });
		redirect(303, `/w/${created.value.id}`);
	}
};
