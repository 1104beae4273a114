import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { buendnisForApi } from '$lib/server/buendnis/buendnis-access';
import { buendnisJson } from '$lib/server/buendnis/buendnis-view';
import { updateBuendnis } from '$lib/server/buendnis/buendnisse';
import { appContext } from '$lib/server/context';
import { jsonError, readJson } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, params }) => {
	const access = buendnisForApi(locals, params.id);
	if (!access.ok) return access.response;
	return json(buendnisJson(appContext().db, access.buendnis));
};

export const PATCH: RequestHandler = async ({ locals, params, request }) => {
	const access = buendnisForApi(locals, params.id);
	if (!access.ok) return access.response;
	const body = await readJson(request, v.record(v.string(), v.unknown()));
	if (!body.ok) return body.response;
	const { db } = appContext();
	const updated = updateBuendnis(db, access.buendnis, body.value);
	if (!updated.ok) return jsonError(400, 'invalid_input', 'Invalid Bündnis', { fields: updated.errors });
	return json(buendnisJson(db, updated.value));
};
