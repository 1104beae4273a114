import { error } from '@sveltejs/kit';
import { workshopRole } from '$lib/server/access';
import { appContext } from '$lib/server/context';
import { publicOrigin } from '$lib/server/http';
import { facilitatorWorkshop } from '$lib/server/page-guards';
import { qrSvg } from '$lib/server/qr';
import { workshopBasics } from '$lib/server/workshop-view';
import { getWorkshop, joinUrl, workshopStatus } from '$lib/server/workshops';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { db } = appContext();
	if (locals.session?.kind === 'participant') {
		const workshop = getWorkshop(db, params.id);
		if (!workshop) error(404, { message: 'not_found', code: 'not_found' });
		if (workshopRole(db, locals.session, workshop.id) !== 'participant') {
			error(403, { message: 'forbidden', code: 'forbidden' });
		}
		return { role: 'participant' as const, title: workshop.title, name: locals.participant?.name ?? '' };
	}
	const { workshop } = facilitatorWorkshop(locals, url, params.id);
	const link = joinUrl(publicOrigin(url), workshop.joinCode);
	return {
		qr: await qrSvg(link),
		role: 'facilitator' as const,
		workshop: {
			...workshopBasics(workshop),
			joinCode: workshop.joinCode,
			joinUrl: link,
			status: workshopStatus(workshop)
		}
	};
};
