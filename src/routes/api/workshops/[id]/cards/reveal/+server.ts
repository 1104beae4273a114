import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { appContext } from '$lib/server/context';
import { readJson } from '$lib/server/http/http';
import { revealCards } from '$lib/server/workshop/silent-collecting';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

const RevealInput = v.object({
	cardIds: v.optional(
		v.pipe(v.array(v.pipe(v.string(), v.maxLength(64)), 'cardIds:invalid'), v.maxLength(1000, 'cardIds:too_many'))
	)
});

/**
 * "Aufdecken": every waiting card not held back goes onto the board under its author's
 * pseudonym. With `cardIds`, exactly those go (this releases held-back cards). 200
 * `{revealed, state}`.
 */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const body = await readJson(request, RevealInput);
	if (!body.ok) return body.response;
	const { revealed, state } = await revealCards(appContext(), access.workshop.id, body.value.cardIds);
	return json({ revealed, state: { ...state, serverNow: Date.now() } });
};
