import { json } from '@sveltejs/kit';
import { suggestionInput, suggestionsFor } from '$lib/server/suggestions/board-suggestions';
import { appContext } from '$lib/server/context';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

/** Vorschläge for the unsorted cards of the live board, computed here with no network. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	// Read the board in the transaction, group outside it: grouping a full wall takes a moment.
	const input = await appContext().rooms.read(access.workshop.id, 'board', suggestionInput);
	return json({ suggestions: suggestionsFor(input) });
};
