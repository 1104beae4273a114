import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { angebotTexts, parseAngebot } from '../../src/lib/board/angebote.ts';
import { checkImport, decodeCsv, mappingProblems, parseCsv, readTable, suggestMapping } from '../../src/lib/server/angebote/table-import.ts';
import { ANGEBOTE_HEADERS, angeboteList, germanExcelCsv } from '../helpers/angebote-list.ts';

const HEADERS = ANGEBOTE_HEADERS;
const list = () => angeboteList();

describe('importing the list of Angebote', () => {
	it('names each of the 5 faulty rows of 300 by row and column, and imports none of them', async () => {
		const table = await readTable(germanExcelCsv(list()));
		expect(table.headers).toEqual(HEADERS);
		expect(table.rows).toHaveLength(300);
		const mapping = suggestMapping(table.headers);
		expect(mappingProblems(mapping)).toEqual([]);
		const checked = checkImport(table, mapping);
		expect(checked).toEqual({
			ok: false,
			valid: 295,
			problems: [
				{ row: 15, column: 'Titel', field: 'title', code: 'required' },
				{ row: 78, column: 'Duldung', field: 'access.duldung', code: 'invalid' },
				{ row: 151, column: 'Alter von', field: 'ageFrom', code: 'invalid' },
				{ row: 202, column: 'Alter bis', field: 'ageTo', code: 'range' },
				{ row: 300, column: 'Sprachniveau', field: 'languageLevel', code: 'invalid' }
			]
		});
	});

	it('reads Excel’s German CSV and CSV UTF-8 with BOM to the same Angebote, umlauts and quoted semicolons whole', async () => {
		const rows = list().slice(0, 3);
		const ansi = await readTable(germanExcelCsv(rows));
		const text = new TextDecoder('windows-1252').decode(germanExcelCsv(rows));
		const utf8 = await readTable(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
		expect(utf8).toEqual(ansi);
		const checked = checkImport(ansi, suggestMapping(ansi.headers));
		expect(checked.ok && checked.angebote[0]).toEqual({
			title: 'Sprachkurs 1',
			provider: 'VHS Musterstadt',
			description: 'Abends, mit Kinderbetreuung; zwei Gruppen',
			ageFrom: 16,
			ageTo: 27,
			access: { gestattung: 'ja', duldung: 'nein', erlaubnis: 'ja', anerkannt: 'ja' },
			languageLevel: 'A2',
			place: 'Innenstadt',
			costs: 'kostenlos',
			capacity: 12,
			contact: 'kaya@vhs.example',
			link: 'https://www.vhs-musterstadt.de/sprache',
			categories: ['Sprache', 'Kinderbetreuung'],
			before: [],
			after: [],
			outcome: ''
		});
		expect(decodeCsv(new Uint8Array([0x54, 0x72, 0xe4, 0x67, 0x65, 0x72]))).toBe('Träger');
	});

	it('reads an XLSX file like the CSV', async () => {
		const rows = list().slice(0, 2);
		const buffer = await writeXlsxFile([HEADERS, ...rows].map((r) => r.map((value) => ({ value })))).toBuffer();
		const table = await readTable(new Uint8Array(buffer));
		expect(table).toEqual(parseCsv([HEADERS, ...rows].map((r) => r.map((c) => `"${c}"`).join(';')).join('\n')));
	});

	it('refuses a mapping without title or provider, or with a field twice', () => {
		expect(mappingProblems(['title', null, 'title'])).toEqual([
			{ field: 'provider', code: 'required' },
			{ field: 'title', code: 'twice' }
		]);
		expect(suggestMapping(['Angebot', 'Anbieter', 'Spalte X', 'Kontakt', 'E-Mail'])).toEqual(['title', 'provider', null, 'contact', null]);
	});
});

describe('one Angebot', () => {
	it('normalises what people type, and reports every problem at once', () => {
		const ok = parseAngebot({ title: ' Nachhilfe ', provider: 'Jugendmigrationsdienst', 'access.duldung': 'X', languageLevel: 'b1', link: 'https://jmd.example/nachhilfe' });
		expect(ok).toMatchObject({ ok: true, value: { title: 'Nachhilfe', access: { duldung: 'ja', gestattung: 'unklar' }, languageLevel: 'B1', ageFrom: null } });
		expect(parseAngebot({ title: '', provider: '', capacity: '-3', link: 'javascript:alert(1)', ageFrom: '120' })).toEqual({
			ok: false,
			errors: [
				{ field: 'ageFrom', code: 'range' },
				{ field: 'title', code: 'required' },
				{ field: 'provider', code: 'required' },
				{ field: 'capacity', code: 'invalid' },
				{ field: 'link', code: 'invalid' }
			]
		});
	});

	it('reads back from its form texts to the same Angebot, so editing changes only what is edited', () => {
		const parsed = parseAngebot({ title: 'Sprachcafé', provider: 'Caritas', ageFrom: '16', ageTo: '27', 'access.gestattung': 'ja', 'access.duldung': 'nein', languageLevel: 'A2', capacity: '12', link: 'caritas.example', categories: 'Sprache; Freizeit' });
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parseAngebot(angebotTexts(parsed.value))).toEqual({ ok: true, value: parsed.value });
		expect(angebotTexts(parsed.value)).toMatchObject({ ageFrom: '16', capacity: '12', 'access.duldung': 'nein', categories: 'Sprache; Freizeit' });
	});
});
