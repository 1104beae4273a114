/**
 * The languages a card can be written or translated in: the UI languages and those most spoken
 * by young refugees in NRW. A short fixed list keeps the picker usable on a phone; their names come
 * from Intl.DisplayNames in the reader's language, so no list of names is kept here.
 */
export const CARD_LANGUAGES = ['de', 'en', 'ar', 'fa', 'uk', 'tr', 'ru', 'ps', 'ku', 'ti', 'so', 'fr'] as const;
export type CardLanguage = (typeof CARD_LANGUAGES)[number];

export function isCardLanguage(value: unknown): value is CardLanguage {
	return (CARD_LANGUAGES as readonly unknown[]).includes(value);
}

export interface CardTranslation {
	lang: CardLanguage;
	text: string;
	/** Made for an earlier text of the card, which has been changed since: it may no longer fit. */
	stale: boolean;
}

/**
 * Each translation is a field of the card's own map, one per language: two people translating
 * into different languages at once both keep theirs, and the board's observers, exports and
 * transfers see them like any other field.
 */
const PREFIX = 'translation:';

export const translationField = (lang: CardLanguage) => `${PREFIX}${lang}`;

/**
 * Beside each translation, the card's text it was made for; a card edited since shows its
 * translations as made for an earlier text. Translations from before this field read as current.
 */
export const translationSourceField = (lang: CardLanguage) => `translationOf:${lang}`;

export function translationLanguageOf(field: string): CardLanguage | null {
	if (!field.startsWith(PREFIX)) return null;
	const lang = field.slice(PREFIX.length);
	return isCardLanguage(lang) ? lang : null;
}

/** Where there is German, clustering reads German: the suggestion engine's words are German. */
export function germanTextOf(card: { text: string; lang: string | null; translations: readonly Pick<CardTranslation, 'lang' | 'text'>[] }): string {
	if (card.lang === null || card.lang === 'de') return card.text;
	return card.translations.find((t) => t.lang === 'de')?.text ?? card.text;
}
