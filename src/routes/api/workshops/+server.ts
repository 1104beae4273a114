import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { appContext } from '$lib/server/context';
import { userForApi } from '$lib/server/http/api-guards';
import { jsonError, publicOrigin, readJson } from '$lib/server/http/http';
import { workshopJson } from '$lib/server/workshop/workshop-view';
import { openWorkshop } from '$lib/server/workshop/open-workshop';
import { joinUrl, listWorkshopsForUser } from '$lib/server/workshop/workshops';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url }) => {
	const access = userForApi(locals);
	if (!access.ok) return access.response;
	const { db } = appContext();
	const origin = publicOrigin(url);
	return json({
		workshops: listWorkshopsForUser(db, access.user.id).map((w) => workshopJson(w, origin, 'facilitator'))
	});
};

export const POST: RequestHandler = async ({ request, locals, url }) => {
	const access = userForApi(locals);
	if (!access.ok) return access.response;
	if (!access.user.mayCreateWorkshops) return jsonError(403, 'may_not_create', 'This account may not create workshops');
	// The shape is checked here; the rules (lengths, dates, template, Bündnis) by openWorkshop.
	const body = await readJson(request, v.record(v.string(), v.unknown()));
	if (!body.ok) return body.response;
	const origin = publicOrigin(url);
	const created = await openWorkshop(appContext(), access.user.id, body.value);
	if (!created.ok) {
		return jsonError(400, 'invalid_input', 'Invalid workshop', { fields: created.errors });
	}
	const { id, joinCode } = created.value;
	return json({ id, joinCode, joinUrl: joinUrl(origin, joinCode) }, { status: 201 });
};
