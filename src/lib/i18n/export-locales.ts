import type { Locale } from '$lib/paraglide/runtime.js';

/**
 * The languages the exported files (Ergebnisprotokoll, CSV, Markdown, calendar) are written in:
 * those of the Moderation and of the participants' screens whose words the export labels have.
 * Shared by the server's renderers and the Moderation's choice of language.
 */
export const EXPORT_LOCALES = ['de', 'en', 'uk', 'tr', 'ar'] as const satisfies readonly Locale[];
export type ExportLocale = (typeof EXPORT_LOCALES)[number];

export function isExportLocale(value: unknown): value is ExportLocale {
	return (EXPORT_LOCALES as readonly unknown[]).includes(value);
}

/** The reader's UI language where the exports have it, else German. */
export function exportLocaleFor(locale: Locale): ExportLocale {
	return isExportLocale(locale) ? locale : 'de';
}
