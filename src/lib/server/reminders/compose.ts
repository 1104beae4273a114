import { daysUntil } from '../../board/reminders.ts';
import type { Mail } from './mail.ts';
import type { Reminder } from './collect.ts';

/**
 * The reminder e-mail for one institution's Maßnahmen: German first, in plain words, English
 * below; plain text, so that every mail client of a Kommune shows it as written.
 */

const day = (date: string, locale: string) =>
	new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

function lineDe(r: Reminder, today: string): string {
	const days = daysUntil(r.due, today);
	const when = days < 0 ? `überfällig seit ${-days} ${-days === 1 ? 'Tag' : 'Tagen'}` : days === 0 ? 'heute fällig' : `fällig in ${days} ${days === 1 ? 'Tag' : 'Tagen'}`;
	return `- ${r.title} (${r.workshopTitle}): Frist ${day(r.due, 'de-DE')}, ${when}`;
}

function lineEn(r: Reminder, today: string): string {
	const days = daysUntil(r.due, today);
	const when = days < 0 ? `overdue by ${-days} ${-days === 1 ? 'day' : 'days'}` : days === 0 ? 'due today' : `due in ${days} ${days === 1 ? 'day' : 'days'}`;
	return `- ${r.title} (${r.workshopTitle}): deadline ${day(r.due, 'en-GB')}, ${when}`;
}

export function reminderMail(to: string, owner: string, reminders: readonly Reminder[], link: string, today: string): Mail {
	const overdue = reminders.some((r) => r.kind === 'overdue');
	const subject = overdue
		? `Erinnerung: Frist überschritten – Maßnahmen für ${owner}`
		: `Erinnerung: Frist bald – Maßnahmen für ${owner}`;
	const text = [
		'Guten Tag,',
		'',
		`für ${owner} stehen diese Maßnahmen an:`,
		'',
		...reminders.map((r) => lineDe(r, today)),
		'',
		'Über Ihren persönlichen Link tragen Sie Status, Stand und wenn nötig eine neue Frist ein, ohne Konto:',
		link,
		'',
		'Diese Nachricht kommt von Pinnwand, dem Werkzeug Ihres Bündnisses. Wenn die Maßnahme nicht mehr bei Ihnen liegt, sagen Sie es bitte der Moderation.',
		'',
		'—',
		'',
		`Reminder: these Maßnahmen of ${owner} are due:`,
		'',
		...reminders.map((r) => lineEn(r, today)),
		'',
		'Report status, progress and a new deadline if needed through your personal link, no account needed:',
		link
	].join('\n');
	return { to, subject, text };
}
