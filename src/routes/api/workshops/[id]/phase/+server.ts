import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { PHASES } from '$lib/board/facilitator-state';
import { appContext } from '$lib/server/context';
import { readJson } from '$lib/server/http';
import { workshopForApi } from '$lib/server/workshop-access';
import type { RequestHandler } from './$types';

const PhaseInput = v.object({ phase: v.picklist(PHASES, 'phase:unknown') });

/** Sets the phase through the server-owned state document; every connected client follows. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const body = await readJson(request, PhaseInput);
	if (!body.ok) return body.response;
	return json(await appContext().rooms.changeState(access.workshop.id, { phase: body.value.phase }));
};
