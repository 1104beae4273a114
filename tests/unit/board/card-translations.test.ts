import { beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { germanTextOf, translationField, translationSourceField } from '../../../src/lib/board/card-languages.ts';
import { addCard, deleteCard, editCard, setTranslation } from '../../../src/lib/board/cards.ts';
import { entryOf } from '../../../src/lib/board/schema.ts';
import { getCard } from '../../../src/lib/board/selectors.ts';
import { failure, replicas, syncAll, updatesDuring, value } from '../../helpers/board.ts';

const ARABIC = 'نحتاج دورة لغة مسائية';
const GERMAN = 'Wir brauchen einen Sprachkurs am Abend';

let doc: Y.Doc;
const arabicCard = (on: Y.Doc = doc) =>
	value(addCard(on, { id: 'a', text: ARABIC, category: 'Sprache', authorKey: 'k1', lang: 'ar', now: 1 }));

beforeEach(() => {
	doc = new Y.Doc();
});

describe('the language of a card', () => {
	test('is stored as the author wrote it, and unknown when not given', () => {
		arabicCard();
		value(addCard(doc, { id: 'b', text: GERMAN, category: 'Sprache', authorKey: 'k2' }));
		expect(getCard(doc, 'a')).toMatchObject({ lang: 'ar', translations: [] });
		expect(getCard(doc, 'b')).toMatchObject({ lang: null });
	});

	test('must be one the board knows', () => {
		expect(addCard(doc, { text: GERMAN, category: 'Sprache', authorKey: 'k1', lang: 'klingon' })).toEqual(failure('lang', 'invalid'));
		expect(doc.getMap('cards').size).toBe(0);
	});
});

describe('translating a card', () => {
	test('adds, changes and with an empty text removes a translation, and keeps the original', () => {
		arabicCard();
		value(setTranslation(doc, 'a', 'de', `  ${GERMAN} `));
		value(setTranslation(doc, 'a', 'en', 'We need an evening language course'));
		expect(getCard(doc, 'a')!.translations).toEqual([
			{ lang: 'de', text: GERMAN, stale: false },
			{ lang: 'en', text: 'We need an evening language course', stale: false }
		]);
		value(setTranslation(doc, 'a', 'de', 'Sprachkurs abends fehlt'));
		value(setTranslation(doc, 'a', 'en', '   '));
		expect(getCard(doc, 'a')).toMatchObject({ text: ARABIC, lang: 'ar', translations: [{ lang: 'de', text: 'Sprachkurs abends fehlt' }] });
		expect(entryOf(doc, 'cards', 'a')!.has(translationField('en'))).toBe(false);
		expect(entryOf(doc, 'cards', 'a')!.has(translationSourceField('en'))).toBe(false);
	});

	test('shows a translation as made for an earlier text once the card is edited, until someone saves it again', () => {
		arabicCard();
		value(setTranslation(doc, 'a', 'de', GERMAN));
		value(setTranslation(doc, 'a', 'en', 'Evening language course'));
		value(editCard(doc, 'a', { text: 'نحتاج دورة لغة مسائية مع رعاية الأطفال', category: 'Sprache' }));
		expect(getCard(doc, 'a')!.translations.map((t) => [t.lang, t.stale])).toEqual([
			['de', true],
			['en', true]
		]);
		value(setTranslation(doc, 'a', 'de', `${GERMAN}, mit Kinderbetreuung`));
		value(setTranslation(doc, 'a', 'en', 'Evening language course'));
		expect(getCard(doc, 'a')!.translations.map((t) => [t.lang, t.stale])).toEqual([
			['de', false],
			['en', false]
		]);
		// A category change leaves the text, and so the translations, as they were.
		value(editCard(doc, 'a', { text: 'نحتاج دورة لغة مسائية مع رعاية الأطفال', category: 'Kinderbetreuung' }));
		expect(getCard(doc, 'a')!.translations.every((t) => !t.stale)).toBe(true);
	});

	test('reads a translation from before the card noted its source as current', () => {
		arabicCard();
		entryOf(doc, 'cards', 'a')!.set(translationField('de'), GERMAN);
		expect(getCard(doc, 'a')!.translations).toEqual([{ lang: 'de', text: GERMAN, stale: false }]);
	});

	test('writes nothing when the translation is unchanged', () => {
		arabicCard();
		value(setTranslation(doc, 'a', 'de', GERMAN));
		expect(updatesDuring(doc, () => value(setTranslation(doc, 'a', 'de', GERMAN)))).toBe(0);
	});

	test('refuses an unknown language, the card’s own, an over-long text and a deleted card', () => {
		arabicCard();
		expect(setTranslation(doc, 'a', 'xx', GERMAN)).toEqual(failure('lang', 'invalid'));
		expect(setTranslation(doc, 'a', 'ar', ARABIC)).toEqual(failure('lang', 'invalid'));
		expect(setTranslation(doc, 'a', 'de', 'x'.repeat(281))).toEqual(failure('text', 'too_long'));
		expect(setTranslation(doc, 'a', 'de', 42)).toEqual(failure('text', 'invalid'));
		value(deleteCard(doc, 'a'));
		expect(setTranslation(doc, 'a', 'de', GERMAN)).toEqual(failure('card', 'not_found'));
		expect(setTranslation(doc, 'nope', 'de', GERMAN)).toEqual(failure('card', 'not_found'));
	});

	test('survives an edit of the original, marked as made for its earlier text', () => {
		arabicCard();
		value(setTranslation(doc, 'a', 'de', GERMAN));
		value(editCard(doc, 'a', { text: `${ARABIC} قرب المحطة` }));
		expect(getCard(doc, 'a')!.translations).toEqual([{ lang: 'de', text: GERMAN, stale: true }]);
	});

	test('by two people into two languages at once keeps both on every replica', () => {
		const [amira, lea] = replicas(2) as [Y.Doc, Y.Doc];
		arabicCard(amira);
		syncAll([amira, lea]);
		value(setTranslation(amira, 'a', 'en', 'Evening language course'));
		value(setTranslation(lea, 'a', 'de', GERMAN));
		syncAll([amira, lea]);
		for (const replica of [amira, lea]) expect(getCard(replica, 'a')!.translations.map((t) => t.lang)).toEqual(['de', 'en']);
	});

	test('reads past what a hostile client wrote: unknown languages, empty and non-text values', () => {
		arabicCard();
		const entry = entryOf(doc, 'cards', 'a')!;
		entry.set('translation:xx', 'Unbekannt');
		entry.set('translation:de', 7);
		entry.set('translation:en', '');
		entry.set('translation:tr', 'Akşam dil kursu');
		entry.set('lang', 'klingon');
		expect(getCard(doc, 'a')).toMatchObject({ lang: null, translations: [{ lang: 'tr', text: 'Akşam dil kursu' }] });
	});
});

describe('the German text of a card, for clustering', () => {
	test('is the text of a German card or one of unknown language, else its German translation, else the text', () => {
		expect(germanTextOf({ text: GERMAN, lang: 'de', translations: [{ lang: 'en', text: 'x' }] })).toBe(GERMAN);
		expect(germanTextOf({ text: GERMAN, lang: null, translations: [] })).toBe(GERMAN);
		expect(germanTextOf({ text: ARABIC, lang: 'ar', translations: [{ lang: 'de', text: GERMAN }] })).toBe(GERMAN);
		expect(germanTextOf({ text: ARABIC, lang: 'ar', translations: [{ lang: 'en', text: 'x' }] })).toBe(ARABIC);
	});
});
