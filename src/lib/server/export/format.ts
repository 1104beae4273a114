import type { ExportLocale } from './labels.ts';
import type { IsoDate, IsoDateTime } from './report.ts';

/** Workshops happen in NRW; moments are shown in the Kommune's local time unless told otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

const INTL_LOCALE: Record<ExportLocale, string> = { de: 'de-DE', en: 'en-GB' };

/** A calendar day as people write it (12.03.2025 / 12 Mar 2025); no time zone shift. */
export function formatDate(date: IsoDate, locale: ExportLocale): string {
	const [y, m, d] = date.split('-').map(Number);
	const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
		timeZone: 'UTC',
		day: '2-digit',
		month: locale === 'de' ? '2-digit' : 'short',
		year: 'numeric'
	});
	return format.format(new Date(Date.UTC(y!, m! - 1, d!)));
}

export function formatDateTime(at: IsoDateTime, locale: ExportLocale, timeZone = DEFAULT_TIME_ZONE): string {
	const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
		timeZone,
		day: '2-digit',
		month: locale === 'de' ? '2-digit' : 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hour12: false
	});
	return format.format(new Date(at));
}

export function formatTime(at: IsoDateTime, locale: ExportLocale, timeZone = DEFAULT_TIME_ZONE): string {
	const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
		timeZone,
		hour: '2-digit',
		minute: '2-digit',
		hour12: false
	});
	return format.format(new Date(at));
}
