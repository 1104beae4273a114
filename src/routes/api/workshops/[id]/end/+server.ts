import { json } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { publicOrigin } from '$lib/server/http/http';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import { workshopJson } from '$lib/server/workshop/workshop-view';
import { endWorkshop, getWorkshop } from '$lib/server/workshop/workshops';
import type { RequestHandler } from './$types';

/** Ends the workshop: the join code stops working and the board is read-only for everyone,
 * open sockets included. */
export const POST: RequestHandler = ({ locals, params, url }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const { db } = appContext();
	if (!access.workshop.endedAt) endWorkshop(db, access.workshop.id);
	return json(workshopJson(getWorkshop(db, access.workshop.id)!, publicOrigin(url), access.role));
};
