import { getLocale } from '$lib/paraglide/runtime.js';

/** A YYYY-MM-DD date in the reader's language, without shifting it through time zones. */
export function formatDate(isoDate: string): string {
	const [y, mo, d] = isoDate.split('-').map(Number);
	const date = new Date(Date.UTC(y!, (mo ?? 1) - 1, d ?? 1));
	return new Intl.DateTimeFormat(getLocale() === 'de' ? 'de-DE' : 'en-GB', {
		dateStyle: 'long',
		timeZone: 'UTC'
	}).format(date);
}
