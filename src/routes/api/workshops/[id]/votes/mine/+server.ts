import { json } from '@sveltejs/kit';
import { targetIndex } from '$lib/board/vote-targets';
import { appContext } from '$lib/server/context';
import { latestRound } from '$lib/server/voting/rounds';
import { ownVotes } from '$lib/server/voting/rules';
import { roundView } from '$lib/server/voting/views';
import { rowsOf } from '$lib/server/voting/votes';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

/** The caller's own Punkte in the current (latest) round: what a reload shows again. Nobody else's. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const access = workshopForApi(locals, params.id, ['participant']);
	if (!access.ok) return access.response;
	const context = appContext();
	const round = latestRound(context.db, access.workshop.id);
	if (!round) return json({ round: null, mine: {}, lapsed: {}, remaining: 0 });
	const index = await context.rooms.read(access.workshop.id, 'board', targetIndex);
	const rows = rowsOf(context.db, round.id, locals.session!.participantId!);
	return json({ round: roundView(round), ...ownVotes(rows, round, (id) => index.resolve(id)) });
};
