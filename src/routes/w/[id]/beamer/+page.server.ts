import { beamerAccess } from '$lib/server/workshop/beamer-access';
import { appContext } from '$lib/server/context';
import { publicOrigin } from '$lib/server/http/http';
import { qrSvg } from '$lib/server/workshop/qr';
import { joinUrl, workshopStatus } from '$lib/server/workshop/workshops';
import type { PageServerLoad } from './$types';

/** The Beamer-Ansicht: read-only, for the projector in the hall. */
export const load: PageServerLoad = async ({ locals, url, params, cookies }) => {
	const { workshop } = beamerAccess(locals, url, cookies, params.id);
	const link = joinUrl(publicOrigin(url), workshop.joinCode);
	return {
		workshop: { id: workshop.id, title: workshop.title, ended: workshopStatus(workshop) === 'ended' },
		join: { code: workshop.joinCode, url: link, qr: await qrSvg(link) },
		state: await appContext().rooms.readState(workshop.id)
	};
};
