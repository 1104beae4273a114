import { json } from '@sveltejs/kit';
import { readActionPlan } from '$lib/server/plan/action-plan';
import { appContext } from '$lib/server/context';
import { planForApi } from '$lib/server/plan/plan-access';
import { planJson } from '$lib/server/plan/plan-json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const access = planForApi(params.token);
	if (!access.ok) return access.response;
	const { title, municipality, date } = access.workshop;
	const plan = await readActionPlan(appContext(), access.workshop.id);
	return json({ workshop: { title, municipality, date }, ...planJson(plan) });
};
