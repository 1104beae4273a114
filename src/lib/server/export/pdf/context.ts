import { formatDate, formatDateTime } from '../format.ts';
import type { ExportLabels, ExportLocale } from '../labels.ts';
import type { IsoDate, IsoDateTime, WorkshopReport } from '../report.ts';
import type { Flow } from './flow.ts';

/** What every section of the Ergebnisprotokoll draws with. */
export interface PdfContext {
	report: WorkshopReport;
	flow: Flow;
	labels: ExportLabels;
	date: (date: IsoDate | null) => string;
	dateTime: (at: IsoDateTime) => string;
}

export const NOT_GIVEN = '–';

export function pdfContext(
	report: WorkshopReport,
	flow: Flow,
	labels: ExportLabels,
	locale: ExportLocale,
	timeZone: string
): PdfContext {
	return {
		report,
		flow,
		labels,
		date: (date) => (date ? formatDate(date, locale) : NOT_GIVEN),
		dateTime: (at) => formatDateTime(at, locale, timeZone)
	};
}
