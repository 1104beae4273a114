import { json } from '@sveltejs/kit';
import { angeboteForApi } from '$lib/server/angebote/angebote-access';
import { ownerGaps, createGapAction, GapActionInput } from '$lib/server/angebote/gaps';
import { appContext } from '$lib/server/context';
import { jsonError, readJson } from '$lib/server/http/http';
import { boardError } from '$lib/server/plan/plan-json';
import type { RequestHandler } from './$types';

/** The Lückenanalyse: Thema × residence status, with the Maßnahmen made from each Lücke. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const access = angeboteForApi(locals, params.list, params.id);
	if (!access.ok) return access.response;
	return json({ gaps: await ownerGaps(appContext(), access.owner) });
};

/** A Maßnahme made from a Lücke; it goes on the newest wall with the Thema and keeps the Lücke. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const access = angeboteForApi(locals, params.list, params.id);
	if (!access.ok) return access.response;
	const body = await readJson(request, GapActionInput);
	if (!body.ok) return body.response;
	const created = await createGapAction(appContext(), access.owner, body.value, { kind: 'person', name: access.user.name });
	if (created.ok) return json(created.value, { status: 201 });
	if (created.field === 'thema') return jsonError(404, 'not_found', 'No wall of this list has this Thema', { fields: { thema: 'not_found' } });
	return boardError(created);
};
