import { describe, expect, it } from 'vitest';
import { angebotChains, MAX_CHAINS, type ChainAngebot } from '../../src/lib/board/angebot-chains.ts';
import { parseAngebot } from '../../src/lib/board/angebote.ts';

const angebot = (title: string, categories: string[], links: Partial<Pick<ChainAngebot, 'before' | 'after' | 'outcome'>> = {}): ChainAngebot => ({
	title,
	categories,
	before: [],
	after: [],
	outcome: '',
	...links
});

describe('Maßnahme-Karrieren', () => {
	// Drawn by hand:
	//   Sprache:    Sprachkurs A1 ⇄ Orientierungskurs (a loop, named from both sides)
	//               Sprachkurs B1 → Berufsvorbereitung → Einstiegsqualifizierung (Ausbildung)
	//   Freizeit:   Sprachcafé → Freizeittreff → "Jugendzentrum Nord" (no such Angebot)
	//   Übergang:   Kompetenzcheck → Praktikum / Werkstattkurs → Helferjob (Arbeit), a diamond
	//   Hausaufgabenhilfe (Sprache) names nothing and is named by none.
	const angebote = [
		angebot('Sprachkurs A1', ['Sprache'], { after: ['Orientierungskurs'] }),
		angebot('Orientierungskurs', ['Sprache'], { after: [' sprachkurs  a1 '] }),
		angebot('Sprachkurs B1', ['Sprache'], { after: ['Berufsvorbereitung'] }),
		angebot('Berufsvorbereitung', ['Ausbildung']),
		angebot('Einstiegsqualifizierung', ['Ausbildung'], { before: ['Berufsvorbereitung'], outcome: 'ausbildung' }),
		angebot('Sprachcafé', ['Freizeit'], { after: ['Freizeittreff'] }),
		angebot('Freizeittreff', ['freizeit'], { before: ['Sprachcafé'], after: ['Jugendzentrum Nord'] }),
		angebot('Kompetenzcheck', ['Übergang'], { after: ['Praktikum', 'Werkstattkurs'] }),
		angebot('Praktikum', ['Übergang'], { after: ['Helferjob'] }),
		angebot('Werkstattkurs', ['Übergang']),
		angebot('Helferjob', ['Übergang'], { before: ['Werkstattkurs'], outcome: 'arbeit' }),
		angebot('Hausaufgabenhilfe', ['Sprache'])
	];
	const result = angebotChains(['Sprache', 'Ausbildung', 'Freizeit', 'Übergang', 'Wohnen', ' SPRACHE '], angebote);
	const thema = (name: string) => result.themen.find((row) => row.thema === name)!;

	it('lists each Thema once, in the order given', () => {
		expect(result.themen.map((row) => row.thema)).toEqual(['Sprache', 'Ausbildung', 'Freizeit', 'Übergang', 'Wohnen']);
	});

	it('flags a loop in order; a Thema with one chain into training is no Sackgasse', () => {
		expect(thema('Sprache')).toEqual({
			thema: 'Sprache',
			chains: [
				{ angebote: ['Sprachkurs B1', 'Berufsvorbereitung', 'Einstiegsqualifizierung'], outcome: 'ausbildung' },
				{ angebote: ['Sprachkurs A1', 'Orientierungskurs'], outcome: '' }
			],
			alone: ['Hausaufgabenhilfe'],
			loops: [['Sprachkurs A1', 'Orientierungskurs', 'Sprachkurs A1']],
			deadEnd: false
		});
	});

	it('shows a chain into Ausbildung under every Thema on it, named from either side', () => {
		expect(thema('Ausbildung')).toEqual({
			thema: 'Ausbildung',
			chains: [{ angebote: ['Sprachkurs B1', 'Berufsvorbereitung', 'Einstiegsqualifizierung'], outcome: 'ausbildung' }],
			alone: [],
			loops: [],
			deadEnd: false
		});
	});

	it('flags a Thema as Sackgasse when no chain of it reaches training or work, and names the unknown Angebot', () => {
		expect(thema('Freizeit')).toEqual({ thema: 'Freizeit', chains: [{ angebote: ['Sprachcafé', 'Freizeittreff'], outcome: '' }], alone: [], loops: [], deadEnd: true });
		expect(result.unknown).toEqual([{ angebot: 'Freizeittreff', field: 'after', name: 'Jugendzentrum Nord' }]);
	});

	it('follows both ways through a diamond to the same end', () => {
		expect(thema('Übergang').chains).toEqual([
			{ angebote: ['Kompetenzcheck', 'Praktikum', 'Helferjob'], outcome: 'arbeit' },
			{ angebote: ['Kompetenzcheck', 'Werkstattkurs', 'Helferjob'], outcome: 'arbeit' }
		]);
		expect(thema('Übergang').deadEnd).toBe(false);
	});

	it('calls a Thema without Angebote no Sackgasse (the Lückenanalyse shows it), and one alone Angebot without an end one', () => {
		expect(thema('Wohnen')).toEqual({ thema: 'Wohnen', chains: [], alone: [], loops: [], deadEnd: false });
		const single = angebotChains(['Wohnen'], [angebot('Wohnungslotsen', ['Wohnen'])]).themen[0]!;
		expect(single).toEqual({ thema: 'Wohnen', chains: [], alone: ['Wohnungslotsen'], loops: [], deadEnd: true });
	});

	it('finds a loop no chain starts at, with what it leads to, and an Angebot naming itself', () => {
		const knot = angebotChains(
			['Sprache'],
			[
				angebot('Integrationskurs', ['Sprache'], { after: ['Jugendintegrationskurs'] }),
				angebot('Jugendintegrationskurs', ['Sprache'], { after: ['Integrationskurs', 'Ausbildungsplatz'] }),
				angebot('Ausbildungsplatz', [], { outcome: 'ausbildung' }),
				angebot('Wiederholungskurs', ['Sprache'], { after: ['Wiederholungskurs'] })
			]
		).themen[0]!;
		expect(knot.chains).toEqual([{ angebote: ['Integrationskurs', 'Jugendintegrationskurs', 'Ausbildungsplatz'], outcome: 'ausbildung' }]);
		expect(knot.loops).toEqual([
			['Integrationskurs', 'Jugendintegrationskurs', 'Integrationskurs'],
			['Wiederholungskurs', 'Wiederholungskurs']
		]);
		expect(knot.deadEnd).toBe(false);
	});

	it('stops at a bound where names cross so densely that the chains would not end', () => {
		const titles = Array.from({ length: 40 }, (_, i) => `Kurs ${i}`);
		const dense = titles.map((title) => angebot(title, ['Sprache'], { after: titles }));
		const bounded = angebotChains(['Sprache'], dense);
		expect(bounded.themen[0]!.chains).toHaveLength(MAX_CHAINS);
		expect(bounded.complete).toBe(false);
		expect(result.complete).toBe(true);
	});

	it('says whether any Angebot tells its chain at all', () => {
		expect(result.described).toBe(true);
		expect(angebotChains(['Sprache'], [angebot('Sprachkurs', ['Sprache']), angebot('Sprachcafé', ['Sprache'])]).described).toBe(false);
		expect(angebotChains(['Arbeit'], [angebot('Helferjob', ['Arbeit'], { outcome: 'arbeit' })]).described).toBe(true);
	});
});

describe('the fields of a Maßnahme-Karriere', () => {
	it('reads before and after like categories, but keeps a comma inside a title, and the outcome from the words people use', () => {
		const parsed = parseAngebot({ title: 'Berufsvorbereitung', provider: 'Jugendberufshilfe', before: 'Deutsch für den Beruf, B1; Kompetenzcheck', after: 'Einstiegsqualifizierung\nPraktikum', outcome: ' Beschäftigung ' });
		expect(parsed).toMatchObject({ ok: true, value: { before: ['Deutsch für den Beruf, B1', 'Kompetenzcheck'], after: ['Einstiegsqualifizierung', 'Praktikum'], outcome: 'arbeit' } });
		expect(parseAngebot({ title: 'A', provider: 'B', outcome: 'Studium', after: 'x'.repeat(201) })).toEqual({
			ok: false,
			errors: [
				{ field: 'outcome', code: 'invalid' },
				{ field: 'after', code: 'too_long' }
			]
		});
	});
});
