import { json } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { workshopForApi } from '$lib/server/workshop-access';
import { workshopJson } from '$lib/server/workshop-view';
import { endWorkshop, getWorkshop } from '$lib/server/workshops';
import type { RequestHandler } from './$types';

/** Ends the workshop: from now on its board is read-only for everyone, open sockets included. */
export const POST: RequestHandler = ({ locals, params }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const { db, origin } = appContext();
	if (!access.workshop.endedAt) endWorkshop(db, access.workshop.id);
	return json(workshopJson(getWorkshop(db, access.workshop.id)!, origin, access.role));
};
