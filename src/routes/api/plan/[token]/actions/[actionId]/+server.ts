import { json } from '@sveltejs/kit';
import { ActionInput, changeAction } from '$lib/server/plan/action-plan';
import { appContext } from '$lib/server/context';
import { readJson } from '$lib/server/http/http';
import { planForApi } from '$lib/server/plan/plan-access';
import { boardError } from '$lib/server/plan/plan-json';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = async ({ params, request }) => {
	const access = planForApi(params.token);
	if (!access.ok) return access.response;
	const body = await readJson(request, ActionInput);
	if (!body.ok) return body.response;
	const changed = await changeAction(appContext(), access.workshop.id, params.actionId, body.value, access.actor);
	if (!changed.ok) return boardError(changed);
	return json({ ok: true });
};
