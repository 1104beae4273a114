import { addDays } from '../../board/reminders.ts';
import { exportFormat, type ExportFormat, type ExportOptions } from './format.ts';
import type { IsoDate, IsoDateTime, ReportAction, WorkshopReport } from './report.ts';

/**
 * The Maßnahmen with a Frist as an iCalendar file (RFC 5545): one all-day event per action item
 * on its due day, so the Kerngruppe can subscribe in Outlook or Thunderbird. The UID stays the
 * same across exports, so a calendar updates an event instead of adding a second one.
 */
export function renderIcs(report: WorkshopReport, options: ExportOptions): string {
	return renderCalendar(report.workshop.title, [report], options);
}

/**
 * One calendar for the Maßnahmen of several workshops (a Bündnis' feed, /b/<token>/calendar.ics);
 * each event keeps the UID it has in its workshop's own file.
 */
export function renderCalendar(title: string, reports: readonly WorkshopReport[], options: ExportOptions): string {
	const format = exportFormat(options);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Pinnwand//Massnahmenplan//DE',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${icsText(format.labels.calendarName(title))}`
	];
	for (const report of reports) {
		const stamp = utcStamp(report.generatedAt);
		for (const action of report.actions) {
			if (action.due) lines.push(...actionEvent(report, action, action.due, stamp, format));
		}
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}

function actionEvent(
	report: WorkshopReport,
	action: ReportAction,
	due: IsoDate,
	stamp: string,
	{ labels, status }: ExportFormat
): string[] {
	const description = [
		`${labels.owner}: ${action.owner}`,
		`${labels.contact}: ${action.contact}`,
		`${labels.status}: ${status(action)}`,
		...(action.clusterTitle ? [`${labels.topic}: ${action.clusterTitle}`] : []),
		...(action.notes ? [`${labels.notes}: ${action.notes}`] : [])
	].join('\n');
	return [
		'BEGIN:VEVENT',
		`UID:${action.id}.${report.workshop.id}@pinnwand`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${basicDate(due)}`,
		`DTEND;VALUE=DATE:${basicDate(addDays(due, 1))}`,
		`SUMMARY:${icsText(action.title)}`,
		`DESCRIPTION:${icsText(description)}`,
		// An all-day reminder should not block the day in anyone's free/busy time.
		'TRANSP:TRANSPARENT',
		'END:VEVENT'
	];
}

/** TEXT value escaping (RFC 5545, 3.3.11): backslash, semicolon, comma; line breaks as \n. */
export function icsText(text: string): string {
	return text
		.replace(/[\\;,]/g, '\\$&')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Lines longer than 75 octets are folded (RFC 5545, 3.1): CRLF and one space, never inside a
 * UTF-8 sequence, so a folded "ü" or "м" stays whole.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = Buffer.byteLength(char);
		const limit = parts.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

function basicDate(date: IsoDate): string {
	return date.replaceAll('-', '');
}

function utcStamp(at: IsoDateTime): string {
	return new Date(at).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
