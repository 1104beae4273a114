import { getLocale, type Locale } from '$lib/paraglide/runtime.js';
import { INTL_LOCALES } from './locales';

const names = new Map<Locale, Intl.DisplayNames>();

/** A language as the reader calls it ("Arabisch" for a German reader), from the browser's own data. */
export function languageName(code: string, locale: Locale = getLocale()): string {
	let display = names.get(locale);
	if (!display) {
		display = new Intl.DisplayNames([INTL_LOCALES[locale]], { type: 'language' });
		names.set(locale, display);
	}
	return display.of(code) ?? code;
}
