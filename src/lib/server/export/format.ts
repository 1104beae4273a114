import { actorLabel } from '../../board/history-actor.ts';
import { labelsFor, type ExportLabels, type ExportLocale } from './labels.ts';
import type { IsoDate, IsoDateTime, ReportAction, StatusChange } from './report.ts';

/** Workshops happen in NRW; moments are shown in the Kommune's local time unless told otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

export const NOT_GIVEN = '–';

export interface ExportOptions {
	locale: ExportLocale;
	/** IANA zone for moments (phases, rounds, status history); defaults to Europe/Berlin. */
	timeZone?: string;
}

/** Words and date formats of one export, shared by every renderer. */
export interface ExportFormat {
	locale: ExportLocale;
	labels: ExportLabels;
	/** A calendar day as people write it (12.03.2025 / 12 Mar 2025), or a dash. */
	date: (date: IsoDate | null) => string;
	dateTime: (at: IsoDateTime) => string;
	statusChange: (change: StatusChange) => string;
	/** The status with what goes with it: "stockt: Raum fehlt". */
	status: (action: Pick<ReportAction, 'status' | 'statusNote'>) => string;
}

const INTL_LOCALE: Record<ExportLocale, string> = { de: 'de-DE', en: 'en-GB' };

export function exportFormat({ locale, timeZone = DEFAULT_TIME_ZONE }: ExportOptions): ExportFormat {
	const labels = labelsFor(locale);
	const month = locale === 'de' ? '2-digit' : 'short';
	// A calendar day has no zone: format it as the UTC midnight it is parsed to.
	const day = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', day: '2-digit', month, year: 'numeric' });
	const moment = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
		timeZone,
		day: '2-digit',
		month,
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hour12: false
	});
	const dateTime = (at: IsoDateTime) => moment.format(new Date(at));
	return {
		locale,
		labels,
		date: (date) => (date ? day.format(new Date(`${date}T00:00:00Z`)) : NOT_GIVEN),
		dateTime,
		// A note without a status change (from = to) is a progress report: no arrow.
		statusChange: (change) =>
			`${dateTime(change.at)}: ${change.from === change.to ? '' : `${labels.statuses[change.from]} → `}${labels.statuses[change.to]}` +
			` (${actorLabel(change.by, labels.historyActor)})` +
			(change.note ? `: ${change.note}` : ''),
		status: ({ status, statusNote }) => labels.statuses[status] + (statusNote ? `: ${statusNote}` : '')
	};
}
