import { json } from '@sveltejs/kit';
import { calendarDay, filterPlan, isOverdue, PlanFilter } from '$lib/board/plan-filter';
import { buendnisForApi } from '$lib/server/buendnis/buendnis-access';
import { readBuendnisPlan } from '$lib/server/buendnis/buendnis-plan';
import { appContext } from '$lib/server/context';
import { jsonError } from '$lib/server/http/http';
import { parse } from '$lib/server/http/validation';
import type { RequestHandler } from './$types';

/** The Bündnis' Maßnahmenplan across its workshops, narrowed by `?workshop=&thema=&institution=&status=&overdue=1`. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const access = buendnisForApi(locals, params.id);
	if (!access.ok) return access.response;
	const filter = parse(PlanFilter, Object.fromEntries(url.searchParams));
	if (!filter.ok) return jsonError(400, 'invalid_input', 'Invalid filter', { fields: filter.errors });
	const today = calendarDay(new Date());
	const rows = filterPlan(await readBuendnisPlan(appContext(), access.buendnis.id), filter.value, today);
	return json({ today, actions: rows.map((row) => ({ ...row, overdue: isOverdue(row, today) })) });
};
