import { json } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { readJson } from '$lib/server/http/http';
import { ownerForApi } from '$lib/server/plan/owner-access';
import { changeOwnerAction, OwnerPatch } from '$lib/server/plan/owner-links';
import { boardError } from '$lib/server/plan/plan-json';
import type { RequestHandler } from './$types';

/** Status, Stand and Frist of one of the link's Maßnahmen; anything else is refused. */
export const PATCH: RequestHandler = async ({ params, request }) => {
	const access = ownerForApi(params.token);
	if (!access.ok) return access.response;
	const body = await readJson(request, OwnerPatch);
	if (!body.ok) return body.response;
	const changed = await changeOwnerAction(appContext(), access, params.actionId, body.value);
	if (!changed.ok) return boardError(changed);
	return json({ ok: true });
};
