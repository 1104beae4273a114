import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { appContext } from '$lib/server/context';
import { jsonError, publicOrigin, readJson } from '$lib/server/http/http';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import { workshopJson } from '$lib/server/workshop/workshop-view';
import { removeWorkshop } from '$lib/server/workshop/remove-workshop';
import { updateWorkshop } from '$lib/server/workshop/workshops';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const access = workshopForApi(locals, params.id);
	if (!access.ok) return access.response;
	const { phase } = await appContext().rooms.readState(access.workshop.id);
	return json({ ...workshopJson(access.workshop, publicOrigin(url), access.role), phase });
};

export const PATCH: RequestHandler = async ({ locals, params, request, url }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const body = await readJson(request, v.record(v.string(), v.unknown()));
	if (!body.ok) return body.response;
	const updated = updateWorkshop(appContext().db, access.workshop, { ...access.workshop, ...body.value });
	if (!updated.ok) return jsonError(400, 'invalid_input', 'Invalid workshop', { fields: updated.errors });
	appContext().rooms.presence.schedule(updated.value.id);
	return json(workshopJson(updated.value, publicOrigin(url), access.role));
};

export const DELETE: RequestHandler = ({ locals, params }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	removeWorkshop(appContext(), access.workshop.id);
	return new Response(null, { status: 204 });
};

