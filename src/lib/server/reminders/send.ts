import { calendarDay } from '../../board/plan-filter.ts';
import type { AppContext } from '../context.ts';
import { workshops } from '../db/schema.ts';
import { createOwnerLink, ownerKey, ownerUrl, revokeOwnerLink } from '../plan/owner-links.ts';
import { collectReminders, recordSent, type Reminder } from './collect.ts';
import { reminderMail } from './compose.ts';
import type { Mailer } from './mail.ts';

type Context = Pick<AppContext, 'db' | 'rooms' | 'origin'>;

export interface ReminderRun {
	sent: number;
	failed: number;
}

/**
 * E-mails every reminder not sent yet: one e-mail per address, institution and Bündnis (or
 * workshop outside one), listing its Maßnahmen, with a fresh owner link (tokens are not stored, so a link can only be handed out
 * when it is made). A failed send revokes that link and leaves the reminders for the next run.
 */
export async function sendDueReminders(context: Context, mailer: Mailer, leadDays: number, now = new Date()): Promise<ReminderRun> {
	const today = calendarDay(now);
	const all = context.db.select().from(workshops).all();
	const pending = (await collectReminders(context, all, today, leadDays)).filter((r) => r.email !== null && r.sentAt === null && r.owner.trim() !== '');
	const groups = new Map<string, Reminder[]>();
	for (const reminder of pending) {
		const key = [reminder.email!.toLowerCase(), ownerKey(reminder.owner), reminder.scopeId].join('\n');
		groups.set(key, [...(groups.get(key) ?? []), reminder]);
	}
	const run: ReminderRun = { sent: 0, failed: 0 };
	for (const group of groups.values()) {
		const [first] = group as [Reminder, ...Reminder[]];
		const link = await createOwnerLink(context, first.workshopId, first.actionId);
		if (!link.ok) continue;
		try {
			await mailer.send(reminderMail(first.email!, first.owner, group, ownerUrl(context.origin, link.value.token), today));
		} catch {
			revokeOwnerLink(context.db, first.workshopId, link.value.link.id);
			run.failed += 1;
			continue;
		}
		for (const reminder of group) recordSent(context, reminder, now);
		run.sent += 1;
	}
	return run;
}
