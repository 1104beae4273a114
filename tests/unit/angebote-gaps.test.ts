import { describe, expect, it } from 'vitest';
import { gapMatrix, isGap, type Access, type Angebot } from '../../src/lib/board/angebote.ts';

const angebot = (categories: string[], [gestattung, duldung, erlaubnis, anerkannt]: Access[]): Pick<Angebot, 'categories' | 'access'> => ({
	categories,
	access: { gestattung: gestattung!, duldung: duldung!, erlaubnis: erlaubnis!, anerkannt: anerkannt! }
});

describe('the Lückenanalyse', () => {
	// Hand-counted: Sprache has 3 Angebote, Kinderbetreuung 1, Wohnen none.
	const angebote = [
		angebot(['Sprache', 'Kinderbetreuung'], ['ja', 'nein', 'ja', 'ja']),
		angebot([' sprache '], ['ja', 'unklar', 'ja', 'ja']),
		angebot(['Sprache'], ['nein', 'nein', 'ja', 'unklar']),
		angebot(['Praxiserfahrung'], ['ja', 'ja', 'ja', 'ja'])
	];
	const matrix = gapMatrix(['Sprache', 'Kinderbetreuung', 'Wohnen', 'SPRACHE'], angebote);

	it('counts per Thema and residence status the Angebote open to it, and the unclear ones apart', () => {
		expect(matrix.map((row) => row.thema)).toEqual(['Sprache', 'Kinderbetreuung', 'Wohnen']);
		expect(matrix[0]!.cells).toEqual({
			gestattung: { ja: 2, unklar: 0, actions: [] },
			duldung: { ja: 0, unklar: 1, actions: [] },
			erlaubnis: { ja: 3, unklar: 0, actions: [] },
			anerkannt: { ja: 2, unklar: 1, actions: [] }
		});
		expect(matrix[1]!.cells.duldung).toEqual({ ja: 0, unklar: 0, actions: [] });
		expect(matrix[1]!.cells.erlaubnis).toEqual({ ja: 1, unklar: 0, actions: [] });
	});

	it('marks as Lücke every cell no Angebot is open to, unclear ones included', () => {
		const gaps = matrix.flatMap((row) => Object.entries(row.cells).filter(([, cell]) => isGap(cell)).map(([status]) => `${row.thema}/${status}`));
		expect(gaps).toEqual([
			'Sprache/duldung',
			'Kinderbetreuung/duldung',
			'Wohnen/gestattung',
			'Wohnen/duldung',
			'Wohnen/erlaubnis',
			'Wohnen/anerkannt'
		]);
	});

	it('lists each Maßnahme made from a Lücke in the cell of its Thema and status, and no other', () => {
		const made = [
			{ title: 'Wohnungsbörse', gap: { thema: ' wohnen', status: 'duldung' as const } },
			{ title: 'Sprachkurs für Geduldete', gap: { thema: 'Sprache', status: 'duldung' as const } },
			{ title: 'Ohne Lücke', gap: null },
			{ title: 'Thema gibt es nicht mehr', gap: { thema: 'Mobilität', status: 'duldung' as const } }
		];
		const withActions = gapMatrix(['Sprache', 'Kinderbetreuung', 'Wohnen'], angebote, made);
		const listed = withActions.flatMap((row) =>
			Object.entries(row.cells).flatMap(([status, cell]) => cell.actions.map((a) => `${row.thema}/${status}: ${a.title}`))
		);
		expect(listed).toEqual(['Sprache/duldung: Sprachkurs für Geduldete', 'Wohnen/duldung: Wohnungsbörse']);
		// A Maßnahme does not close the Lücke by being made: only an Angebot does.
		expect(isGap(withActions[2]!.cells.duldung)).toBe(true);
	});
});
