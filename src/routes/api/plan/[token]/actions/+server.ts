import { json } from '@sveltejs/kit';
import { ActionInput, createAction } from '$lib/server/plan/action-plan';
import { appContext } from '$lib/server/context';
import { readJson } from '$lib/server/http/http';
import { planForApi } from '$lib/server/plan/plan-access';
import { boardError } from '$lib/server/plan/plan-json';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ params, request }) => {
	const access = planForApi(params.token);
	if (!access.ok) return access.response;
	const body = await readJson(request, ActionInput);
	if (!body.ok) return body.response;
	const created = await createAction(appContext(), access.workshop.id, body.value, access.actor);
	if (!created.ok) return boardError(created);
	return json({ id: created.value }, { status: 201 });
};
