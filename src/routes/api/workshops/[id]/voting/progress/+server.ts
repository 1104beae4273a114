import { json } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { countParticipants } from '$lib/server/identity/participants';
import { latestRound } from '$lib/server/voting/rounds';
import { roundView } from '$lib/server/voting/views';
import { roundProgress } from '$lib/server/voting/votes';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

/**
 * How far the current round has come, for the facilitator's screen only (polled; the state
 * document, which everyone reads, never carries it).
 */
export const GET: RequestHandler = ({ locals, params }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const { db } = appContext();
	const round = latestRound(db, access.workshop.id);
	if (!round) return json({ round: null });
	const participants = countParticipants(db, access.workshop.id);
	const { voters, spent } = roundProgress(db, round.id);
	return json({
		round: roundView(round),
		participants,
		voters,
		spent,
		remaining: Math.max(0, participants * round.budget - spent)
	});
};
