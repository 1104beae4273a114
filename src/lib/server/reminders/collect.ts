import { and, eq } from 'drizzle-orm';
import { emailIn, reminderKind, type ReminderKind } from '../../board/reminders.ts';
import type { AppContext } from '../context.ts';
import { remindersSent } from '../db/schema.ts';
import { readActionPlan } from '../plan/action-plan.ts';
import type { WorkshopRow } from '../workshop/workshops.ts';

type Context = Pick<AppContext, 'db' | 'rooms'>;

/** A Maßnahme whose Frist is near or past, with where a reminder would go and whether one went. */
export interface Reminder {
	workshopId: string;
	workshopTitle: string;
	/** What one owner link opens: the workshop's Bündnis, or the workshop alone. */
	scopeId: string;
	actionId: string;
	title: string;
	owner: string;
	contact: string;
	due: string;
	kind: ReminderKind;
	/** The address found in the contact field; null: nobody to write to. */
	email: string | null;
	/** When this reminder (Maßnahme, kind, Frist) was e-mailed; null: not yet. */
	sentAt: Date | null;
}

/** The reminders of the given workshops as their boards read now, earliest Frist first. */
export async function collectReminders(
	context: Context,
	workshops: readonly WorkshopRow[],
	today: string,
	leadDays: number
): Promise<Reminder[]> {
	const reminders: Reminder[] = [];
	for (const workshop of workshops) {
		const { items } = await readActionPlan(context, workshop.id);
		for (const item of items) {
			const kind = reminderKind(item, today, leadDays);
			if (!kind || !item.due) continue;
			const sent = context.db
				.select({ sentAt: remindersSent.sentAt })
				.from(remindersSent)
				.where(
					and(
						eq(remindersSent.workshopId, workshop.id),
						eq(remindersSent.actionId, item.id),
						eq(remindersSent.kind, kind),
						eq(remindersSent.due, item.due)
					)
				)
				.get();
			reminders.push({
				workshopId: workshop.id,
				workshopTitle: workshop.title,
				scopeId: workshop.buendnisId ?? workshop.id,
				actionId: item.id,
				title: item.title,
				owner: item.owner,
				contact: item.contact,
				due: item.due,
				kind,
				email: emailIn(item.contact),
				sentAt: sent?.sentAt ?? null
			});
		}
	}
	return reminders.sort((a, b) => a.due.localeCompare(b.due) || a.title.localeCompare(b.title, 'de'));
}

export function recordSent(context: Pick<AppContext, 'db'>, reminder: Reminder, at: Date): void {
	const { workshopId, actionId, kind, due } = reminder;
	context.db
		.insert(remindersSent)
		.values({ workshopId, actionId, kind, due, recipient: reminder.email ?? '', sentAt: at })
		.onConflictDoNothing()
		.run();
}
