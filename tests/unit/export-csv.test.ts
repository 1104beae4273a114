import { describe, expect, it } from 'vitest';
import { actionsCsv, cardsCsv, csvCell, toCsv, votesCsv } from '../../src/lib/server/export/csv.ts';
import { LABELS } from '../../src/lib/server/export/labels.ts';
import { SPECIAL_CARDS, sampleReport, TRANSLATIONS } from '../helpers/sample-report.ts';

/** RFC 4180 with ";" as separator: quoted fields may hold separators, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ';') {
			row.push(field);
			field = '';
		} else if (char === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += char;
	}
	expect(field === '' && row.length === 0, 'the file ends with CRLF').toBe(true);
	return rows;
}

function parseSheet(csv: string): string[][] {
	expect(csv.startsWith('\uFEFF')).toBe(true);
	return parseCsv(csv.slice(1));
}

const report = sampleReport({ cards: 40, clusters: 5, actions: 8 });

describe('CSV for German Excel', () => {
	it('starts with a byte order mark and separates with semicolons and CRLF', () => {
		const csv = toCsv([
			['a', 'b'],
			['c', 'd']
		]);
		expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv).toBe('\uFEFFa;b\r\nc;d\r\n');
	});

	it('quotes cells holding separators, quotes or line breaks, and only those', () => {
		expect(csvCell('Bürokratie & Behörden')).toBe('Bürokratie & Behörden');
		expect(csvCell('a;b')).toBe('"a;b"');
		expect(csvCell('sagt "Hallo"')).toBe('"sagt ""Hallo"""');
		expect(csvCell('eins\nzwei')).toBe('"eins\nzwei"');
		expect(csvCell(42)).toBe('42');
		expect(csvCell(null)).toBe('');
	});

	it.each([
		['=', '=SUMME(A1:A9)'],
		['+', '+49 2361 50-1234'],
		['-', '-2+3'],
		['@', '@SUM(1,2)'],
		['tab', '\t=1+1'],
		['carriage return', '\r=1+1']
	])('neutralises a cell starting with %s by a leading apostrophe', (_, value) => {
		const [[cell]] = parseCsv(toCsv([[value]]).slice(1)) as [[string]];
		expect(cell).toBe(`'${value}`);
	});

	it('leaves formula characters alone after the first character, and numbers as numbers', () => {
		expect(csvCell('Kosten: =5 €')).toBe('Kosten: =5 €');
		expect(csvCell('E-Mail an @KI')).toBe('E-Mail an @KI');
		expect(csvCell(-3)).toBe('-3');
	});

	it('lists every card with its cluster, rank and dots per round, text unchanged', () => {
		const rows = parseSheet(cardsCsv(report, { locale: 'de' }));
		expect(rows[0]!.slice(0, 7)).toEqual(['Thema', 'Rang', 'Punkte Runde 1', 'Punkte Runde 2', 'Kategorie', 'Karte', 'Sprache der Karte']);
		const cards = [...report.clusters.flatMap((cluster) => cluster.cards), ...report.unsortedCards];
		expect(rows.slice(1).map((row) => row[5])).toEqual(cards.map((card) => card.text));
		const first = report.clusters[0]!;
		const round1 = report.votingRounds[0]!.results.find((target) => target.targetId === first.id)!;
		const round2 = report.votingRounds[1]!.results.find((target) => target.targetId === first.id)!;
		expect(rows[1]).toEqual([first.title, String(round2.rank), String(round1.votes), String(round2.votes), first.cards[0]!.category, first.cards[0]!.text, 'Deutsch', '', '', '']);
		const unsorted = rows.at(-1)!;
		expect(unsorted.slice(0, 4)).toEqual(['', '', '', '']);
		for (const name of ['Savaş Beltir', 'Kübra Öztürk', 'Łukasz', 'Олена', 'مرحبا بكم']) {
			expect(rows.some((row) => row[5]!.includes(name))).toBe(true);
		}
	});

	it('gives each translation language present a column of its own, raw text without isolates', () => {
		const csv = cardsCsv(report, { locale: 'de' });
		const rows = parseSheet(csv);
		expect(rows[0]!.slice(6)).toEqual(['Sprache der Karte', 'Übersetzung (Deutsch)', 'Übersetzung (Arabisch)', 'Übersetzung (Türkisch)']);
		const row = (text: string) => rows.find((candidate) => candidate[5] === text)!;
		const [arabic, turkish] = TRANSLATIONS[1]!.translations;
		expect(row(SPECIAL_CARDS[1]!).slice(6)).toEqual(['Deutsch', '', arabic!.text, turkish!.text]);
		expect(row(SPECIAL_CARDS[5]!).slice(6)).toEqual(['Arabisch', TRANSLATIONS[5]!.translations[0]!.text, '', '']);
		expect(csv).not.toMatch(/[\u2066-\u2069]/);
		expect(parseSheet(cardsCsv(report, { locale: 'tr' }))[0]).toContain('Çeviri (Arapça)');
		const untranslated = { ...report, clusters: [], unsortedCards: [{ ...report.unsortedCards[0]!, lang: null }] };
		expect(parseSheet(cardsCsv(untranslated, { locale: 'de' }))).toEqual([
			['Thema', 'Rang', 'Punkte Runde 1', 'Punkte Runde 2', 'Kategorie', 'Karte', 'Sprache der Karte'],
			['', '', '', '', untranslated.unsortedCards[0]!.category, untranslated.unsortedCards[0]!.text, '']
		]);
	});

	it('lists the action plan with neutralised contacts and the status history in one cell', () => {
		const rows = parseSheet(actionsCsv(report, { locale: 'en' }));
		const labels = LABELS.en;
		expect(rows[0]).toEqual([labels.action, labels.topic, labels.owner, labels.contact, labels.due, labels.status, labels.notes, labels.history]);
		expect(rows).toHaveLength(report.actions.length + 1);
		report.actions.forEach((action, i) => {
			const row = rows[i + 1]!;
			expect(row[0]).toBe(action.title);
			expect(row[3]).toBe(/^[-+@=]/.test(action.contact) ? `'${action.contact}` : action.contact);
			expect(row[4]).toBe(action.due ?? '');
			expect(row[5]).toBe(action.statusNote ? `${labels.statuses[action.status]}: ${action.statusNote}` : labels.statuses[action.status]);
			expect(row[7]!.split('\n').filter(Boolean)).toHaveLength(action.history.length);
		});
		expect(rows.map((row) => row[3])).toContain("'-");
	});

	it('ranks every round with one column per institution group, the small ones as "Weitere"', () => {
		const rows = parseSheet(votesCsv(report, { locale: 'de' }));
		const groups = report.votingRounds[1]!.breakdown.map((row) => row.institutionType ?? 'Weitere');
		expect(rows[0]).toEqual(['Runde', 'Rang', 'Thema', 'Punkte', ...groups]);
		expect(rows[0]).toContain('Weitere');
		const round2 = rows.filter((row) => row[0] === '2');
		const top = report.votingRounds[1]!.results[0]!;
		expect(round2[0]!.slice(0, 4)).toEqual(['2', String(top.rank), top.title, String(top.votes)]);
		const byGroup = round2[0]!.slice(4).map(Number);
		expect(byGroup.reduce((a, b) => a + b, 0)).toBe(top.votes);
		expect(rows.filter((row) => row[0] === '1').every((row) => row.slice(4).every((cell) => cell === ''))).toBe(true);
	});
});
