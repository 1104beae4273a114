import { buendnisWorkshops, listBuendnisseForUser } from '$lib/server/buendnis/buendnisse';
import { appContext } from '$lib/server/context';
import { requireUser } from '$lib/server/http/page-guards';
import { workshopBasics } from '$lib/server/workshop/workshop-view';
import { calendarDay } from '$lib/board/plan-filter';
import { collectReminders } from '$lib/server/reminders/collect';
import { markFeedbackDone, openFeedback } from '$lib/server/legal/feedback';
import { listWorkshopsForUser, workshopStatus, type WorkshopRow } from '$lib/server/workshop/workshops';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

/** The reminders of every workshop the facilitator works on, directly or through a Bündnis. */
async function remindersFor(userId: string) {
	const context = appContext();
	const mine = new Map<string, WorkshopRow>();
	for (const w of listWorkshopsForUser(context.db, userId)) mine.set(w.id, w);
	for (const b of listBuendnisseForUser(context.db, userId)) for (const w of buendnisWorkshops(context.db, b.id)) mine.set(w.id, w);
	const today = calendarDay(new Date());
	const reminders = await collectReminders(context, [...mine.values()], today, context.config.reminderLeadDays);
	return { today, mailConfigured: context.config.smtpUrl !== null, items: reminders };
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { db } = appContext();
	const buendnisse = listBuendnisseForUser(db, user.id).map((b) => ({
		id: b.id,
		name: b.name,
		municipality: b.municipality,
		workshops: buendnisWorkshops(db, b.id).length
	}));
	const workshops = listWorkshopsForUser(db, user.id).map((w) => ({
		...workshopBasics(w),
		joinCode: w.joinCode,
		status: workshopStatus(w)
	}));
	return { workshops, buendnisse, mayCreate: user.mayCreateWorkshops, reminders: await remindersFor(user.id), feedback: openFeedback(db) };
};

export const actions: Actions = {
	/** Every facilitator answers for the instance's accessibility, so any of them may close feedback. */
	feedbackDone: async ({ locals, url, request }) => {
		requireUser(locals, url);
		const id = (await request.formData()).get('id');
		if (typeof id !== 'string') return fail(400);
		// Already closed by someone else: the reloaded dashboard no longer lists it either way.
		if (!markFeedbackDone(appContext().db, id)) return fail(404);
	}
};
