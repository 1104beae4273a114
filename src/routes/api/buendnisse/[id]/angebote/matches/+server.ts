import { json } from '@sveltejs/kit';
import { buendnisMatches, decideMatch, MatchDecision } from '$lib/server/angebote/matching';
import { buendnisForApi } from '$lib/server/buendnis/buendnis-access';
import { appContext } from '$lib/server/context';
import { jsonError, readJson } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

/** Proposed links of Angebote to the Themen of the Bündnis' workshops, best first. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const access = buendnisForApi(locals, params.id);
	if (!access.ok) return access.response;
	return json({ matches: await buendnisMatches(appContext(), access.buendnis.id) });
};

/** `{angebotId, thema, decision: "confirm"|"dismiss"}`: the Angebot as it is now and the proposals left. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const access = buendnisForApi(locals, params.id);
	if (!access.ok) return access.response;
	const body = await readJson(request, MatchDecision);
	if (!body.ok) return body.response;
	const decided = await decideMatch(appContext(), access.buendnis.id, body.value);
	if (!decided.ok) {
		const what = decided.field === 'angebotId' ? 'No such Angebot in this Bündnis' : 'No such Thema in the Bündnis’ workshops';
		return jsonError(404, 'not_found', what, { fields: { [decided.field]: 'not_found' } });
	}
	return json(decided.value);
};
