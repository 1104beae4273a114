import { describe, expect, it } from 'vitest';
import { compoundSplitter } from '../../src/lib/server/suggestions/compounds.ts';
import { analyseAll } from '../../src/lib/server/suggestions/features.ts';
import { isStopWord } from '../../src/lib/server/suggestions/stop-words.ts';
import { tokenize } from '../../src/lib/server/suggestions/tokenize.ts';

const folded = (text: string) => tokenize(text).map((token) => token.folded);
const features = (text: string, category?: string) => analyseAll([{ text, category }])[0]!.features;

describe('tokenize', () => {
	it('keeps a hyphenated compound as one word and remembers its pieces', () => {
		const [token] = tokenize('Deutsch-Förderung');
		expect(token).toMatchObject({ surface: 'Deutsch-Förderung', lower: 'deutschförderung' });
		expect(token!.folded).toBe('deutschforderung');
		expect(token!.pieces).toEqual(['deutsch', 'forderung']);
		expect(tokenize('Kita\u2011Platz')[0]!.pieces).toEqual(['kita', 'platz']);
	});

	it('lower-cases German words and folds umlauts and ß only in the folded form', () => {
		const [mutter, strasse] = tokenize('MÜTTER Straße');
		expect(mutter).toMatchObject({ lower: 'mütter', folded: 'mutter' });
		expect(strasse).toMatchObject({ lower: 'straße', folded: 'strasse' });
	});

	it('drops dotted abbreviations and bare numbers but keeps codes such as B2, U3 and IHK whole', () => {
		expect(folded('z.B. Sprachkurs B2, u.a. für Kinder unter 3 (U3) bei der IHK, d.h. 2024')).toEqual([
			'sprachkurs', 'b2', 'fur', 'kinder', 'unter', 'u3', 'bei', 'der', 'ihk'
		]);
		const literal = tokenize('B2 U3 IHK Kita').map((token) => token.literal);
		expect(literal).toEqual([true, true, true, false]);
	});

	it('reads gender forms as the word they are built on', () => {
		expect(folded('Lehrer*innen, Kolleg:innen, Berater_innen und Teilnehmer/innen')).toEqual([
			'lehrer', 'kolleg', 'berater', 'und', 'teilnehmer'
		]);
	});

	it('splits Arabic text into words and ignores emoji', () => {
		expect(folded('دورات لغة 🙂 Kita')).toEqual(['دورات', 'لغة', 'kita']);
	});
});

describe('stop words', () => {
	it('knows Snowball German function words, card filler and the target group', () => {
		for (const word of ['und', 'der', 'für', 'dass', 'fehlt', 'zu', 'viele', 'geflüchtete']) {
			expect(isStopWord(word), word).toBe(true);
		}
		for (const word of ['kita', 'sprachkurs', 'behörde']) expect(isStopWord(word), word).toBe(false);
	});
});

describe('compound splitting', () => {
	const split = compoundSplitter([
		'kinder', 'betreuung', 'platz', 'sprache', 'kurs', 'jugend', 'migration', 'dienst', 'angebot',
		'beruf', 'schule', 'auslander', 'behorde'
	]);

	it('splits a compound into its known parts', () => {
		expect(split('kinderbetreuung')).toEqual(['kinder', 'betreuung']);
		expect(split('auslanderbehorde')).toEqual(['auslander', 'behorde']);
	});

	it('handles the Fugen-s, a plural head and a modifier that drops its e', () => {
		expect(split('betreuungsplatze')).toEqual(['betreuung', 'platz']);
		expect(split('berufsschulen')).toEqual(['beruf', 'schule']);
		expect(split('sprachkurse')).toEqual(['sprache', 'kurs']);
	});

	it('splits a compound of three parts', () => {
		expect(split('jugendmigrationsdienst')).toEqual(['jugend', 'migration', 'dienst']);
		expect(split('kinderbetreuungsplatz')).toEqual(['kinder', 'betreuung', 'platz']);
	});

	it('keeps a known prefix and suffix when the middle is unknown', () => {
		expect(split('sprachlernangebote')).toEqual(['sprache', 'angebot']);
	});

	it('leaves words alone that are no compound of known parts', () => {
		expect(split('beratung')).toEqual([]);
		expect(split('kinder')).toEqual([]);
		expect(split('platze')).toEqual([]);
	});
});

describe('features', () => {
	it('maps Kita, Kinderbetreuung and Betreuungsplätze to one concept', () => {
		const texts = ['Kita', 'Kitas', 'Kinderbetreuung', 'Betreuungsplätze', 'Tagesmütter', 'Krippenplatz'];
		for (const text of texts) {
			expect(features(text).has('c:kinderbetreuung'), text).toBe(true);
		}
	});

	it('maps Sprachkurs, Deutschförderung, Fachsprache and B2 to one concept', () => {
		for (const text of ['Sprachkurse', 'Deutschförderung', 'Deutsch-Förderung', 'Fachsprache', 'B2']) {
			expect(features(text).has('c:sprache'), text).toBe(true);
		}
	});

	it('links compounds through their parts: Kinderbetreuung and Betreuungsplatz share Betreuung', () => {
		const [care, place] = analyseAll([{ text: 'Kinderbetreuung' }, { text: 'Betreuungsplatz' }]);
		const shared = [...care!.features.keys()].filter((key) => key.startsWith('w:') && place!.features.has(key));
		expect(shared).toEqual(['w:betreu']);
	});

	it('counts a concept reached only through a modifier half when the head has its own', () => {
		const weights = features('Ausbildungsduldung');
		expect(weights.get('c:aufenthalt')).toBeGreaterThan(weights.get('c:ausbildung')! * 2);
	});

	it('adds the category as a hint, except for Sonstiges', () => {
		expect(features('Kita fehlt', 'Kinderbetreuung').get('k:kinderbetreuung')).toBeGreaterThan(0);
		expect([...features('Kita fehlt', 'Sonstiges').keys()].some((key) => key.startsWith('k:'))).toBe(false);
	});

	it('finds nothing to compare in stop words, emoji and numbers', () => {
		const [analysis] = analyseAll([{ text: 'Das ist so, und es fehlt 🙂 123', category: 'Sprache' }]);
		expect(analysis!.hasText).toBe(false);
	});
});
