import { appContext } from '$lib/server/context';
import { requireUser } from '$lib/server/http/page-guards';
import { workshopBasics } from '$lib/server/workshop/workshop-view';
import { listWorkshopsForUser, workshopStatus } from '$lib/server/workshop/workshops';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireUser(locals, url);
	const workshops = listWorkshopsForUser(appContext().db, user.id).map((w) => ({
		...workshopBasics(w),
		joinCode: w.joinCode,
		status: workshopStatus(w)
	}));
	return { workshops };
};
