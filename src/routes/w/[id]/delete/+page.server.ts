import { redirect } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { facilitatorWorkshop } from '$lib/server/page-guards';
import { deleteWorkshop } from '$lib/server/workshops';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url, params }) => {
	const { workshop } = facilitatorWorkshop(locals, url, params.id);
	return { workshop: { id: workshop.id, title: workshop.title } };
};

export const actions: Actions = {
	default: ({ locals, url, params }) => {
		const { workshop } = facilitatorWorkshop(locals, url, params.id);
		deleteWorkshop(appContext().db, workshop.id);
		redirect(303, '/');
	}
};
