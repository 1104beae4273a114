import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { LIMITS } from '$lib/board/fields';
import { acceptSuggestion } from '$lib/server/suggestions/board-suggestions';
import { appContext } from '$lib/server/context';
import { jsonError, readJson } from '$lib/server/http/http';
import { text } from '$lib/server/http/validation';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

const id = v.pipe(v.string(), v.maxLength(64));

const AcceptInput = v.object({
	title: text('title', LIMITS.clusterTitle),
	cardIds: v.pipe(v.array(id, 'cardIds:invalid'), v.minLength(1, 'cardIds:required'), v.maxLength(2000, 'cardIds:too_many')),
	targetClusterId: v.optional(id)
});

/**
 * "Übernehmen": creates the cluster and moves the cards (or moves them into the existing target)
 * in one board transaction. 409 `stale_suggestion` when none of the cards is unsorted any more,
 * `cluster_not_found` when the target cluster is gone.
 */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const body = await readJson(request, AcceptInput);
	if (!body.ok) return body.response;
	const result = await appContext().rooms.change(access.workshop.id, 'board', (doc) => acceptSuggestion(doc, body.value));
	if (result.ok) return json(result.value);
	if (result.field === 'cardIds') return jsonError(409, 'stale_suggestion', 'None of these cards is unsorted any more');
	if (result.field === 'targetClusterId') return jsonError(409, 'cluster_not_found', 'No such cluster on the board');
	return jsonError(400, 'invalid_input', `Invalid input (${result.field}: ${result.code})`, {
		fields: { [result.field]: result.code }
	});
};
