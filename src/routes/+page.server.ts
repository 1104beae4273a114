import { appContext } from '$lib/server/context';
import { requireUser } from '$lib/server/page-guards';
import { listWorkshopsForUser, workshopStatus } from '$lib/server/workshops';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireUser(locals, url);
	const workshops = listWorkshopsForUser(appContext().db, user.id).map((w) => ({
		id: w.id,
		title: w.title,
		municipality: w.municipality,
		date: w.date,
		place: w.place,
		joinCode: w.joinCode,
		status: workshopStatus(w)
	}));
	return { workshops };
};
