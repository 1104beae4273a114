import { publicOrigin } from '$lib/server/http';
import { facilitatorWorkshop } from '$lib/server/page-guards';
import { joinUrl, workshopStatus } from '$lib/server/workshops';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url, params }) => {
	const { workshop } = facilitatorWorkshop(locals, url, params.id);
	return {
		workshop: {
			id: workshop.id,
			title: workshop.title,
			municipality: workshop.municipality,
			date: workshop.date,
			place: workshop.place,
			joinCode: workshop.joinCode,
			joinUrl: joinUrl(publicOrigin(url), workshop.joinCode),
			status: workshopStatus(workshop)
		}
	};
};
