import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { calendarDay, filterChoices, filterPlan, isOverdue, PlanFilter } from '$lib/board/plan-filter';
import { facilitatorBuendnis } from '$lib/server/buendnis/buendnis-access';
import { buendnisFormInput } from '$lib/server/buendnis/buendnis-form';
import { calendarFeedUrl, createCalendarFeed, revokeCalendarFeed } from '$lib/server/buendnis/calendar-feed';
import { defaultPeriod, lastReport } from '$lib/server/buendnis/sachbericht/period';
import { readBuendnisPlan } from '$lib/server/buendnis/buendnis-plan';
import { buendnisJson } from '$lib/server/buendnis/buendnis-view';
import { moveWorkshop, updateBuendnis } from '$lib/server/buendnis/buendnisse';
import { appContext } from '$lib/server/context';
import { getWorkshop, isFacilitator, listWorkshopsForUser } from '$lib/server/workshop/workshops';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { buendnis, user } = facilitatorBuendnis(locals, url, params.id);
	const context = appContext();
	const parsed = v.safeParse(PlanFilter, Object.fromEntries(url.searchParams));
	const filter = parsed.success ? parsed.output : {};
	const today = calendarDay(new Date());
	const all = await readBuendnisPlan(context, buendnis.id);
	return {
		buendnis: buendnisJson(context.db, buendnis),
		calendarFeed: buendnis.calendarFeedId !== null,
		report: { period: defaultPeriod(context.db, buendnis), last: lastReport(context.db, buendnis.id) },
		filter,
		filterInvalid: !parsed.success,
		choices: filterChoices(all),
		total: all.length,
		actions: filterPlan(all, filter, today).map((row) => ({ ...row, overdue: isOverdue(row, today) })),
		candidates: listWorkshopsForUser(context.db, user.id)
			.filter((w) => w.buendnisId !== buendnis.id)
			.map(({ id, title }) => ({ id, title }))
	};
};

/** The workshop a move action names, if the user facilitates it. */
async function workshopToMove({ locals, url, params, request }: RequestEvent) {
	const { buendnis, user } = facilitatorBuendnis(locals, url, params.id);
	const id = String((await request.formData()).get('workshopId') ?? '').slice(0, 64);
	const { db } = appContext();
	const workshop = getWorkshop(db, id);
	if (!workshop || !isFacilitator(db, workshop.id, user.id)) error(404, { message: 'not_found', code: 'not_found' });
	return { db, buendnis, user, workshop };
}

export const actions: Actions = {
	save: async ({ locals, url, params, request }) => {
		const { buendnis } = facilitatorBuendnis(locals, url, params.id);
		const input = buendnisFormInput(await request.formData());
		const updated = updateBuendnis(appContext().db, buendnis, input);
		if (!updated.ok) return fail(400, { action: 'save', values: input, errors: updated.errors });
		return { action: 'save', saved: true };
	},
	addWorkshop: async (event) => {
		const { db, buendnis, user, workshop } = await workshopToMove(event);
		moveWorkshop(db, workshop, buendnis.id, user.id);
		return { action: 'addWorkshop', moved: workshop.title };
	},
	calendarFeed: ({ locals, url, params }) => {
		const { buendnis } = facilitatorBuendnis(locals, url, params.id);
		const context = appContext();
		return { action: 'calendarFeed', feedUrl: calendarFeedUrl(context.origin, createCalendarFeed(context, buendnis.id)) };
	},
	revokeCalendarFeed: ({ locals, url, params }) => {
		revokeCalendarFeed(appContext(), facilitatorBuendnis(locals, url, params.id).buendnis.id);
		return { action: 'revokeCalendarFeed' };
	},
	removeWorkshop: async (event) => {
		const { db, buendnis, user, workshop } = await workshopToMove(event);
		if (workshop.buendnisId !== buendnis.id) return fail(400, { action: 'removeWorkshop' });
		moveWorkshop(db, workshop, null, user.id);
		return { action: 'removeWorkshop', moved: workshop.title };
	}
};
