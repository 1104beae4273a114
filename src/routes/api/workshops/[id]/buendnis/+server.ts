import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { moveWorkshop } from '$lib/server/buendnis/buendnisse';
import { appContext } from '$lib/server/context';
import { jsonError, readJson } from '$lib/server/http/http';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

const MoveInput = v.object({ buendnisId: v.nullable(v.pipe(v.string('buendnisId:invalid'), v.maxLength(64, 'buendnisId:invalid'))) });

/** Puts the workshop into a Bündnis its facilitator works on (`{buendnisId}`), or takes it out (`null`). */
export const PUT: RequestHandler = async ({ locals, params, request }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const body = await readJson(request, MoveInput);
	if (!body.ok) return body.response;
	const moved = moveWorkshop(appContext().db, access.workshop, body.value.buendnisId, locals.user!.id);
	if (!moved.ok) {
		return moved.code === 'not_found'
			? jsonError(404, 'not_found', 'No such Bündnis')
			: jsonError(403, 'forbidden', 'You do not work on this Bündnis');
	}
	return json({ workshopId: access.workshop.id, buendnisId: body.value.buendnisId });
};
