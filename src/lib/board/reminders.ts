import { isOverdue } from './plan-filter.ts';
import type { ActionStatus } from './schema.ts';

/**
 * When a Maßnahme needs a reminder for its Verantwortliche: its Frist is within `leadDays` of
 * `today` (due_soon) or has passed (overdue). Done ones need none, nor those without a Frist.
 * Dates are YYYY-MM-DD in the Kommune's calendar, compared as strings.
 */
export type ReminderKind = 'due_soon' | 'overdue';

export const REMINDER_LEAD_DAYS = 14;

export function reminderKind(
	action: { due: string | null; status: ActionStatus },
	today: string,
	leadDays = REMINDER_LEAD_DAYS
): ReminderKind | null {
	if (action.status === 'done' || action.due === null) return null;
	if (isOverdue(action, today)) return 'overdue';
	return action.due <= addDays(today, leadDays) ? 'due_soon' : null;
}

/** Whole days from `today` to `due` (negative once it has passed). */
export function daysUntil(due: string, today: string): number {
	return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The first e-mail address in a contact field ("Frau Kaya, kaya@vhs.example, 0211 …"), or null. */
export function emailIn(contact: string): string | null {
	return /[^\s<>@,;:()"]+@[^\s<>@,;:()"]+\.[a-z]{2,}/i.exec(contact)?.[0] ?? null;
}
