import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { buendnisJson } from '$lib/server/buendnis/buendnis-view';
import { createBuendnis, listBuendnisseForUser } from '$lib/server/buendnis/buendnisse';
import { appContext } from '$lib/server/context';
import { userForApi } from '$lib/server/http/api-guards';
import { jsonError, readJson } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) => {
	const access = userForApi(locals);
	if (!access.ok) return access.response;
	const { db } = appContext();
	return json({ buendnisse: listBuendnisseForUser(db, access.user.id).map((b) => buendnisJson(db, b)) });
};

export const POST: RequestHandler = async ({ locals, request }) => {
	const access = userForApi(locals);
	if (!access.ok) return access.response;
	// The shape is checked here; the rules (lengths, members) by createBuendnis.
	const body = await readJson(request, v.record(v.string(), v.unknown()));
	if (!body.ok) return body.response;
	const { db } = appContext();
	const created = createBuendnis(db, access.user.id, body.value);
	if (!created.ok) return jsonError(400, 'invalid_input', 'Invalid Bündnis', { fields: created.errors });
	return json(buendnisJson(db, created.value), { status: 201 });
};
