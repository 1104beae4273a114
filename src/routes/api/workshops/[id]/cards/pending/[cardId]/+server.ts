import { json } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { jsonError, readJson } from '$lib/server/http/http';
import { cardEditInput, deleteWaiting, getWaiting, updateWaiting, viewOf, type PendingRow } from '$lib/server/workshop/silent-cards';
import { publishWaitingCounts } from '$lib/server/workshop/silent-collecting';
import { workshopForApi, type WorkshopAccess } from '$lib/server/workshop/workshop-access';
import { workshopSettings } from '$lib/server/workshop/workshops';
import type { RequestHandler } from './$types';

type Found = { ok: true; access: Extract<WorkshopAccess, { ok: true }>; card: PendingRow; author: boolean } | { ok: false; response: Response };

/**
 * A waiting card for its author or a facilitator. Someone else's card answers 404 like a missing
 * one, so a participant cannot even learn which ids exist.
 */
function waitingCard(locals: App.Locals, workshopId: string, cardId: string): Found {
	const access = workshopForApi(locals, workshopId, ['participant', 'facilitator']);
	if (!access.ok) return access;
	const card = getWaiting(appContext().db, access.workshop.id, cardId);
	const author = access.role === 'participant' && card?.participantId === locals.participant?.id;
	if (!card || (access.role === 'participant' && !author)) {
		return { ok: false, response: jsonError(404, 'not_found', 'No such waiting card') };
	}
	return { ok: true, access, card, author };
}

/**
 * The author edits text or category; a facilitator holds a card back ("Zurückhalten") or lets it
 * go with the others again (`heldBack: false`). Revealed cards are edited on the board instead.
 */
export const PATCH: RequestHandler = async ({ locals, params, request }) => {
	const found = waitingCard(locals, params.id, params.cardId);
	if (!found.ok) return found.response;
	const { access, card, author } = found;
	const body = await readJson(request, cardEditInput(workshopSettings(access.workshop).categories));
	if (!body.ok) return body.response;
	const { heldBack, ...edit } = body.value;
	const editsText = edit.text !== undefined || edit.category !== undefined;
	if ((editsText && !author) || (heldBack !== undefined && access.role !== 'facilitator')) {
		return jsonError(403, 'forbidden', 'Authors edit their cards; facilitators hold cards back');
	}
	const context = appContext();
	const updated = updateWaiting(context.db, card, { ...edit, ...(heldBack === undefined ? {} : { heldBack }) });
	if (heldBack !== undefined) await publishWaitingCounts(context, access.workshop.id);
	return json(viewOf(updated));
};

/** The author withdraws a waiting card, or a facilitator deletes one (a held-back card for good). */
export const DELETE: RequestHandler = async ({ locals, params }) => {
	const found = waitingCard(locals, params.id, params.cardId);
	if (!found.ok) return found.response;
	const context = appContext();
	deleteWaiting(context.db, found.card.id);
	await publishWaitingCounts(context, found.access.workshop.id);
	return new Response(null, { status: 204 });
};
