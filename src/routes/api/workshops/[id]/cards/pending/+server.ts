import { json } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { listWaiting, viewOf } from '$lib/server/workshop/silent-cards';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

/** Waiting cards: a participant gets their own, a facilitator all of them (to review). */
export const GET: RequestHandler = ({ locals, params }) => {
	const access = workshopForApi(locals, params.id, ['participant', 'facilitator']);
	if (!access.ok) return access.response;
	const own = access.role === 'participant' ? locals.participant!.id : null;
	return json({ cards: listWaiting(appContext().db, access.workshop.id, own).map(viewOf) });
};
