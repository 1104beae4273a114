import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { targetIndex } from '$lib/board/vote-targets';
import { appContext } from '$lib/server/context';
import { jsonError, readJson } from '$lib/server/http/http';
import { openRoundOf } from '$lib/server/voting/rounds';
import { castVote } from '$lib/server/voting/votes';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

const VoteInput = v.object({
	targetId: v.pipe(v.string('targetId:required'), v.nonEmpty('targetId:required'), v.maxLength(100, 'targetId:too_long')),
	delta: v.picklist([1, -1], 'delta:invalid')
});

const REFUSALS = {
	voting_closed: 'No voting round is open',
	budget_exhausted: 'All your Punkte are given',
	target_max: 'This target has your maximum of Punkte',
	no_vote: 'You have no Punkt here to take back'
} as const;

/**
 * A participant gives (+1) or takes back (-1) one Punkt. The target is checked against the live
 * board first (an asynchronous document read); budget and maximum are then checked and written in
 * one SQLite transaction.
 */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const access = workshopForApi(locals, params.id, ['participant']);
	if (!access.ok) return access.response;
	const body = await readJson(request, VoteInput);
	if (!body.ok) return body.response;
	const context = appContext();
	const { workshop } = access;
	const round = workshop.endedAt ? undefined : openRoundOf(context.db, workshop.id);
	if (!round) return jsonError(409, 'voting_closed', REFUSALS.voting_closed);
	const index = await context.rooms.read(workshop.id, 'board', targetIndex);
	const { targetId, delta } = body.value;
	let target = targetId;
	if (delta === 1) {
		const accepted = index.accept(targetId, round.targets);
		if (!accepted.ok) {
			return accepted.code === 'not_found'
				? jsonError(404, 'target_not_found', 'No such cluster or card on this board')
				: jsonError(400, 'invalid_target', 'Punkte go to the Themen of this round');
		}
		target = accepted.targetId;
	} else if (index.kindOf(targetId) === null) {
		return jsonError(404, 'target_not_found', 'No such cluster or card on this board');
	}
	const outcome = castVote(context.db, {
		roundId: round.id,
		participantId: locals.session!.participantId!,
		targetId: target,
		delta,
		resolve: (id) => index.resolve(id)
	});
	if (!outcome.ok) return jsonError(409, outcome.code, REFUSALS[outcome.code]);
	return json(outcome.votes);
};
