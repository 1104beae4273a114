import { describe, expect, it } from 'vitest';
import { proposeMatches, type ThemaTexts } from '../../src/lib/server/angebote/matching.ts';
import { MATCH_THRESHOLD, suggestMatches } from '../../src/lib/server/suggestions/index.ts';
import { WORKSHOP_CARDS } from '../helpers/workshop-cards.ts';

/** The Themen of a STARTER wall: the fixture's cards under the titles a facilitator would give them. */
const TITLES: Record<string, string> = {
	k: 'Kinderbetreuung',
	s: 'Sprachkurse',
	b: 'Behörden',
	a: 'Anerkennung von Abschlüssen',
	p: 'Praktika',
	e: 'Schule & Ausbildung',
	w: 'Wohnen',
	g: 'Gesundheit',
	r: 'Aufenthaltsrecht'
};
const THEMEN: ThemaTexts[] = Object.entries(TITLES).map(([prefix, title]) => ({
	title,
	cardTexts: [
		...WORKSHOP_CARDS.filter((card) => card.id.replace(/\d+$/, '') === prefix).map((card) => card.text),
		...(prefix === 's' ? ['Deutschkurs auch für Geduldete', 'Sprachkurs abends'] : [])
	]
}));

const angebot = (id: string, title: string, description: string, categories: string[] = []) => ({ id, title, description, categories });

/** A Kommune's Angebote, each with the Themen a facilitator would link it to (none for some). */
const ANGEBOTE: { angebot: ReturnType<typeof angebot>; serves: string[] }[] = [
	{ angebot: angebot('deutsch', 'Deutschkurs B1 (VHS)', 'Abendkurs zur Vorbereitung auf die B1-Prüfung, offen auch für Geduldete'), serves: ['Sprachkurse'] },
	{ angebot: angebot('bewerbung', 'Bewerbungstraining', 'Lebenslauf, Anschreiben und Vorstellungsgespräch üben'), serves: [] },
	{ angebot: angebot('cafe', 'Sprachcafé', 'Deutsch sprechen in lockerer Runde, donnerstags im Jugendzentrum'), serves: ['Sprachkurse'] },
	{ angebot: angebot('kita', 'Kita-Brückenangebot', 'Betreuung für Kinder unter 3, während die Eltern einen Kurs besuchen'), serves: ['Kinderbetreuung'] },
	{ angebot: angebot('lotsen', 'Wohnungslotsen', 'Ehrenamtliche begleiten bei der Wohnungssuche und zu Besichtigungen'), serves: ['Wohnen'] },
	{ angebot: angebot('psz', 'Psychosoziales Zentrum', 'Beratung und Psychotherapie für traumatisierte junge Menschen, auch mit Dolmetscher'), serves: ['Gesundheit'] },
	{ angebot: angebot('iq', 'Anerkennungsberatung (IQ Netzwerk)', 'Beratung zur Anerkennung ausländischer Abschlüsse und Zeugnisse'), serves: ['Anerkennung von Abschlüssen'] },
	{ angebot: angebot('asa', 'Assistierte Ausbildung (AsA flex)', 'Nachhilfe und Begleitung während der Ausbildung, über die Agentur für Arbeit'), serves: ['Schule & Ausbildung'] },
	{ angebot: angebot('recht', 'Rechtsberatung Aufenthalt', 'Beratung zu Duldung, Ausbildungsduldung und Bleiberecht'), serves: ['Aufenthaltsrecht'] },
	{ angebot: angebot('rad', 'Fahrradwerkstatt', 'Gebrauchte Fahrräder gemeinsam reparieren'), serves: [] },
	{ angebot: angebot('praktika', 'Praktikumsbörse der Kreishandwerkerschaft', 'Vermittelt Praktikumsplätze in Handwerksbetrieben'), serves: ['Praktika'] }
];

const items = ANGEBOTE.map(({ angebot: a }) => ({ id: a.id, text: [a.title, a.description].join('\n') }));
const groups = THEMEN.map((thema) => ({ id: thema.title, title: thema.title, texts: thema.cardTexts }));
const pairs = (matches: readonly { itemId: string; groupId: string }[]) => matches.map((m) => `${m.itemId} → ${m.groupId}`).sort();
const RIGHT = ANGEBOTE.flatMap(({ angebot: a, serves }) => serves.map((thema) => `${a.id} → ${thema}`)).sort();

describe('scoring Angebote against Themen', () => {
	it('proposes every Angebot for the Themen it serves and for none other', () => {
		expect(pairs(suggestMatches(items, groups))).toEqual(RIGHT);
	});

	it('proposes the same for every threshold from 0.19 to 0.31: the threshold sits in the gap, not on an edge', () => {
		for (let threshold = 0.19; threshold <= 0.31; threshold += 0.01) {
			expect(pairs(suggestMatches(items, groups, threshold)), String(threshold)).toEqual(RIGHT);
		}
		expect(MATCH_THRESHOLD).toBeGreaterThan(0.19);
		expect(MATCH_THRESHOLD).toBeLessThan(0.31);
		// Below the gap the wrong ones begin: the test would notice a lexicon change that closes it.
		expect(pairs(suggestMatches(items, groups, 0.17))).toContain('asa → Sprachkurse');
	});

	it('says why in the words of the texts: the shared concepts and words, strongest first', () => {
		const byPair = new Map(suggestMatches(items, groups).map((m) => [`${m.itemId} → ${m.groupId}`, m]));
		expect(byPair.get('deutsch → Sprachkurse')!.reasons).toEqual(['Sprache', 'Deutschkurs', 'Geduldete']);
		expect(byPair.get('lotsen → Wohnen')!.reasons).toEqual(['Wohnen', 'Wohnungssuche']);
		expect(byPair.get('kita → Kinderbetreuung')!.reasons[0]).toBe('Kinderbetreuung');
	});

	it('ranks best first and depends on nothing but the texts', () => {
		const matches = suggestMatches(items, groups);
		expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
		expect(suggestMatches([...items].reverse(), [...groups].reverse()).map((m) => [m.itemId, m.groupId, m.score]).sort()).toEqual(
			matches.map((m) => [m.itemId, m.groupId, m.score]).sort()
		);
	});
});

describe('proposing links for a Bündnis', () => {
	// The example of issue 12: a Thema of few cards and three Angebote of a Kommune.
	const sprachkurse: ThemaTexts = { title: 'Sprachkurse', cardTexts: ['Deutschkurs auch für Geduldete', 'Sprachkurs abends'] };
	const list = [
		angebot('vhs', 'Deutschkurs B1 (VHS)', 'Vorbereitung auf die B1-Prüfung, dienstags und donnerstags abends'),
		angebot('bewerbung', 'Bewerbungstraining', 'Lebenslauf und Anschreiben gemeinsam schreiben', ['Arbeit']),
		angebot('cafe', 'Sprachcafé', 'Deutsch sprechen in lockerer Runde')
	];

	it('proposes the Deutschkurs and the Sprachcafé for Sprachkurse, not the Bewerbungstraining', () => {
		const matches = proposeMatches(list, [sprachkurse], new Set());
		expect(matches.map((m) => m.angebotTitle).sort()).toEqual(['Deutschkurs B1 (VHS)', 'Sprachcafé']);
		expect(matches.find((m) => m.angebotId === 'vhs')).toMatchObject({ thema: 'Sprachkurse', reasons: expect.arrayContaining(['Sprache', 'Deutschkurs']) });
	});

	it('leaves out a Thema the Angebot names already, case and spaces aside, and a pair turned down', () => {
		const named = list.map((a) => (a.id === 'vhs' ? { ...a, categories: [' sprachKurse '] } : a));
		expect(proposeMatches(named, [sprachkurse], new Set()).map((m) => m.angebotId)).toEqual(['cafe']);
		expect(proposeMatches(list, [sprachkurse], new Set(['cafe\nsprachkurse'])).map((m) => m.angebotId)).toEqual(['vhs']);
	});

	it('reads the categories as text too: an Angebot filed under Sprache fits Sprachkurse', () => {
		const filed = [angebot('kurs', 'Abendkurs', 'Dienstags im Bürgerhaus', ['Sprache'])];
		expect(proposeMatches(filed, [sprachkurse], new Set()).map((m) => m.reasons)).toEqual([expect.arrayContaining(['Sprache'])]);
	});
});
