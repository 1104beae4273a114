import { json } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { jsonError, readJson } from '$lib/server/http/http';
import { addPendingCard, MAX_WAITING_PER_PARTICIPANT, newCardInput, viewOf } from '$lib/server/workshop/silent-cards';
import { postingRefusal, publishWaitingCounts } from '$lib/server/workshop/silent-collecting';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import { workshopSettings } from '$lib/server/workshop/workshops';
import type { RequestHandler } from './$types';

const REFUSALS = {
	not_silent: 'Silent collecting is off: write the card onto the board',
	locked: 'The board is locked'
};

/**
 * A participant hands in a card during silent Sammeln; it waits with the server until the
 * facilitator reveals it. 201 with the waiting card (only its author and facilitators see it).
 */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const access = workshopForApi(locals, params.id, ['participant']);
	if (!access.ok) return access.response;
	const { workshop } = access;
	const participant = locals.participant!;
	if (workshop.endedAt) return jsonError(409, 'workshop_ended', 'The workshop has ended');
	const body = await readJson(request, newCardInput(workshopSettings(workshop).categories));
	if (!body.ok) return body.response;
	const context = appContext();
	const refusal = await postingRefusal(context, workshop.id);
	if (refusal) return jsonError(409, refusal, REFUSALS[refusal]);
	const row = addPendingCard(
		context.db,
		{ workshopId: workshop.id, participantId: participant.id, authorKey: participant.authorKey },
		body.value
	);
	if (!row) return jsonError(409, 'too_many_cards', `At most ${MAX_WAITING_PER_PARTICIPANT} waiting cards`);
	await publishWaitingCounts(context, workshop.id);
	return json(viewOf(row), { status: 201 });
};
