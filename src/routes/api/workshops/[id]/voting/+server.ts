import { json } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { jsonError, readJson } from '$lib/server/http/http';
import { closeRound, openRound, revealRound, VotingCommand } from '$lib/server/voting/rounds';
import { publishVotingState } from '$lib/server/voting/state';
import { roundView } from '$lib/server/voting/views';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

const REFUSALS = {
	round_open: 'A voting round is open: close it first',
	voting_closed: 'No voting round is open',
	nothing_to_reveal: 'No round waits to be revealed'
} as const;

/** Opens, closes or reveals a dot-voting round; the state document follows for everyone. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const body = await readJson(request, VotingCommand);
	if (!body.ok) return body.response;
	const context = appContext();
	const { workshop } = access;
	const command = body.value;
	if (command.action === 'open' && workshop.endedAt) return jsonError(409, 'workshop_ended', 'The workshop has ended');
	const outcome =
		command.action === 'open'
			? openRound(context.db, workshop.id, command)
			: command.action === 'close'
				? closeRound(context.db, workshop.id)
				: revealRound(context.db, workshop.id);
	if (!outcome.ok) return jsonError(409, outcome.code, REFUSALS[outcome.code]);
	await publishVotingState(context, workshop.id);
	return json({ round: roundView(outcome.round) }, { status: command.action === 'open' ? 201 : 200 });
};
