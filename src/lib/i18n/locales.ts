import type { Locale } from '$lib/paraglide/runtime.js';

/** Each language by its own name, so that someone who reads only it finds it. */
export const LOCALE_NAMES: Record<Locale, string> = {
	de: 'Deutsch',
	'de-x-ls': 'Leichte Sprache',
	en: 'English',
	ar: 'العربية',
	fa: 'فارسی',
	uk: 'Українська',
	tr: 'Türkçe'
};

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'fa']);

export function textDirection(locale: string): 'rtl' | 'ltr' {
	return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The Intl locale for dates and numbers. Arabic and Farsi with Latin digits and the Gregorian
 * calendar: the numbers inside messages, the join codes and the Fristen in German letters are
 * written so, and a Frist must name the same day for everyone in the room.
 */
export const INTL_LOCALES: Record<Locale, string> = {
	de: 'de-DE',
	'de-x-ls': 'de-DE',
	en: 'en-GB',
	ar: 'ar-u-nu-latn-ca-gregory',
	fa: 'fa-u-nu-latn-ca-gregory',
	uk: 'uk-UA',
	tr: 'tr-TR'
};

/**
 * The language a person writes in with this UI locale, as stored on a card: a BCP 47 language a
 * translation service and Intl.DisplayNames know. Leichte Sprache is German to both, and a card
 * written with it is read by everyone in the room as German.
 */
export function contentLanguage(locale: Locale): string {
	return locale === 'de-x-ls' ? 'de' : locale;
}
