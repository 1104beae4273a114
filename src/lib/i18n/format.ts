import { getLocale } from '$lib/paraglide/runtime.js';
import { INTL_LOCALES } from './locales';

const intlLocale = () => INTL_LOCALES[getLocale()];

/** A YYYY-MM-DD date in the reader's language, without shifting it through time zones. */
export function formatDate(isoDate: string): string {
	const [y, mo, d] = isoDate.split('-').map(Number);
	const date = new Date(Date.UTC(y!, (mo ?? 1) - 1, d ?? 1));
	return new Intl.DateTimeFormat(intlLocale(), {
		dateStyle: 'long',
		timeZone: 'UTC'
	}).format(date);
}

/** A moment (ISO string or Date) as people in the Rathaus read the clock: date and time in Berlin. */
export function formatMoment(at: Date | string): string {
	return new Intl.DateTimeFormat(intlLocale(), {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Berlin'
	}).format(new Date(at));
}
