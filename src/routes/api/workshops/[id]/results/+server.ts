import { json } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { jsonError } from '$lib/server/http/http';
import { workshopResults } from '$lib/server/voting/results';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

/**
 * Results of every round, ranked, with cards and the breakdown by institution type. Participants
 * and the Beamer see revealed rounds only (403 before the first reveal); the facilitator sees
 * closed rounds too, and the open round's tallies only when asking to peek (`?peek=1`), so they
 * never reach a projected screen by accident.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const access = workshopForApi(locals, params.id);
	if (!access.ok) return access.response;
	const peek = url.searchParams.get('peek') === '1';
	const facilitator = access.role === 'facilitator';
	if (peek && !facilitator) return jsonError(403, 'forbidden', 'Only the facilitator may peek');
	const rounds = await workshopResults(appContext(), access.workshop.id, (round) =>
		facilitator ? peek || round.status !== 'open' : round.status === 'revealed'
	);
	if (!facilitator && rounds.length === 0) return jsonError(403, 'not_revealed', 'The results are not revealed yet');
	return json({ rounds });
};
