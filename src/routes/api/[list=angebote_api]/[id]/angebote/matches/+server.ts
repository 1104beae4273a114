import { json } from '@sveltejs/kit';
import { ownerMatches, decideMatch, MatchDecision } from '$lib/server/angebote/matching';
import { angeboteForApi } from '$lib/server/angebote/angebote-access';
import { appContext } from '$lib/server/context';
import { jsonError, readJson } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

/** Proposed links of Angebote to the Themen of the list's workshops, best first. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const access = angeboteForApi(locals, params.list, params.id);
	if (!access.ok) return access.response;
	return json({ matches: await ownerMatches(appContext(), access.owner) });
};

/** `{angebotId, thema, decision: "confirm"|"dismiss"}`: the Angebot as it is now and the proposals left. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const access = angeboteForApi(locals, params.list, params.id);
	if (!access.ok) return access.response;
	const body = await readJson(request, MatchDecision);
	if (!body.ok) return body.response;
	const decided = await decideMatch(appContext(), access.owner, body.value);
	if (!decided.ok) {
		const what = decided.field === 'angebotId' ? 'No such Angebot on this list' : 'No such Thema on the walls of this list';
		return jsonError(404, 'not_found', what, { fields: { [decided.field]: 'not_found' } });
	}
	return json(decided.value);
};
