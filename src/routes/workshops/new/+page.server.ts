import { error, fail, redirect } from '@sveltejs/kit';
import { STARTER_TEMPLATE } from '$lib/board/templates';
import { appContext } from '$lib/server/context';
import { requireUser } from '$lib/server/http/page-guards';
import { workshopFormInput } from '$lib/server/workshop/workshop-form';
import { listBuendnisseForUser } from '$lib/server/buendnis/buendnisse';
import { openWorkshop } from '$lib/server/workshop/open-workshop';
import type { Actions, PageServerLoad } from './$types';

/** `?template=folgetreffen&buendnis=<id>` comes from a Bündnis page's "Folgetreffen anlegen". */
export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireUser(locals, url);
	return {
		mayCreate: user.mayCreateWorkshops,
		categories: STARTER_TEMPLATE.categories,
		buendnisse: listBuendnisseForUser(appContext().db, user.id).map(({ id, name }) => ({ id, name })),
		template: url.searchParams.get('template') ?? 'starter',
		buendnisId: url.searchParams.get('buendnis') ?? ''
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		if (!user.mayCreateWorkshops) error(403, { message: 'may_not_create', code: 'may_not_create' });
		const input = workshopFormInput(await request.formData());
		const created = await openWorkshop(appContext(), user.id, input);
		if (!created.ok) return fail(400, { values: input, errors: created.errors });
		redirect(303, `/w/${created.value.id}`);
	}
};
