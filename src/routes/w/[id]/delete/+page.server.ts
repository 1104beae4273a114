import { redirect } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { facilitatorWorkshop } from '$lib/server/http/page-guards';
import { removeWorkshop } from '$lib/server/workshop/remove-workshop';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url, params }) => {
	const { workshop } = facilitatorWorkshop(locals, url, params.id);
	return { workshop: { id: workshop.id, title: workshop.title } };
};

export const actions: Actions = {
	default: ({ locals, url, params }) => {
		const { workshop } = facilitatorWorkshop(locals, url, params.id);
		removeWorkshop(appContext(), workshop.id);
		redirect(303, '/');
	}
};
