import { actorLabel } from '../../board/history-actor.ts';
import { INTL_LOCALES, textDirection } from '../../i18n/locales.ts';
import { labelsFor, type ExportLabels, type ExportLocale } from './labels.ts';
import type { IsoDate, IsoDateTime, ReportAction, StatusChange } from './report.ts';

/** Workshops happen in NRW; moments are shown in the Kommune's local time unless told otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

export const NOT_GIVEN = '–';

export interface ExportOptions<Locale extends ExportLocale = ExportLocale> {
	locale: Locale;
	/** IANA zone for moments (phases, rounds, status history); defaults to Europe/Berlin. */
	timeZone?: string;
}

/** Words and date formats of one export, shared by every renderer. */
export interface ExportFormat {
	locale: ExportLocale;
	labels: ExportLabels;
	/** The export's own words run right to left (Arabic): headings, labels and column order mirror. */
	rtl: boolean;
	/** A language as the export's reader calls it, capitalised as a label: "Arabisch", "Арабська". */
	language: (code: string) => string;
	/** A calendar day as people write it (12.03.2025 / 12 Mar 2025), or a dash. */
	date: (date: IsoDate | null) => string;
	dateTime: (at: IsoDateTime) => string;
	statusChange: (change: StatusChange) => string;
	/** The status with what goes with it: "stockt: Raum fehlt". */
	status: (action: Pick<ReportAction, 'status' | 'statusNote'>) => string;
}

export function exportFormat({ locale, timeZone = DEFAULT_TIME_ZONE }: ExportOptions): ExportFormat {
	const labels = labelsFor(locale);
	const intl = INTL_LOCALES[locale];
	const names = new Intl.DisplayNames([intl], { type: 'language' });
	const month = locale === 'de' ? '2-digit' : 'short';
	// A calendar day has no zone: format it as the UTC midnight it is parsed to.
	const day = new Intl.DateTimeFormat(intl, { timeZone: 'UTC', day: '2-digit', month, year: 'numeric' });
	const moment = new Intl.DateTimeFormat(intl, {
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
		rtl: textDirection(locale) === 'rtl',
		language: (code) => {
			const name = names.of(code) ?? code;
			return name.charAt(0).toLocaleUpperCase(intl) + name.slice(1);
		},
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
