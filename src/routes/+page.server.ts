import { buendnisWorkshops, listBuendnisseForUser } from '$lib/server/buendnis/buendnisse';
import { appContext } from '$lib/server/context';
import { requireUser } from '$lib/server/http/page-guards';
import { workshopBasics } from '$lib/server/workshop/workshop-view';
import { listWorkshopsForUser, workshopStatus } from '$lib/server/workshop/workshops';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { db } = appContext();
	const buendnisse = listBuendnisseForUser(db, user.id).map((b) => ({
		id: b.id,
		name: b.name,
		municipality: b.municipality,
		workshops: buendnisWorkshops(db, b.id).length
	}));
	const workshops = listWorkshopsForUser(db, user.id).map((w) => ({
		...workshopBasics(w),
		joinCode: w.joinCode,
		status: workshopStatus(w)
	}));
	return { workshops, buendnisse };
};
