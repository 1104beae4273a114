import { describe, expect, it } from 'vitest';
import { sachberichtCsv } from '../../src/lib/server/buendnis/sachbericht/csv.ts';
import { renderSachberichtPdf } from '../../src/lib/server/buendnis/sachbericht/pdf.ts';
import { angebotChains, type ChainAngebot } from '../../src/lib/board/angebot-chains.ts';
import { gapMatrix } from '../../src/lib/board/angebote.ts';
import { buildSachbericht, type SachberichtInput } from '../../src/lib/server/buendnis/sachbericht/report.ts';
import type { ReportAction, StatusChange, WorkshopReport } from '../../src/lib/server/export/report.ts';
import { layoutProblems, readPdf, squash } from '../helpers/pdf-text.ts';
import { PAGE } from '../../src/lib/server/export/pdf/theme.ts';
import { emptyReport } from '../helpers/sample-report.ts';

const by = { kind: 'kerngruppe', label: 'Kerngruppe' } as const;
const change = (at: string, from: StatusChange['from'], to: StatusChange['to'], note = ''): StatusChange => ({ at: `${at}T10:00:00.000Z`, by, from, to, note });
const action = (title: string, status: ReportAction['status'], due: string | null, history: StatusChange[] = []): ReportAction => ({
	id: title,
	title,
	clusterId: null,
	clusterTitle: null,
	owner: 'VHS',
	contact: '',
	due,
	status,
	statusNote: '',
	notes: '',
	gap: null,
	history
});
const angebot = (title: string, categories: string[], links: Partial<ChainAngebot> = {}): ChainAngebot => ({ title, categories, before: [], after: [], outcome: '', ...links });
/** Sprache leads into training; Wohnen only goes round in a loop. */
const ANGEBOTE = [
	angebot('Sprachkurs', ['Sprache'], { after: ['Berufssprachkurs'] }),
	angebot('Berufssprachkurs', ['Sprache'], { outcome: 'ausbildung' }),
	angebot('Wohnberatung', ['Wohnen'], { after: ['Mieterverein'] }),
	angebot('Mieterverein', ['Wohnen'], { after: ['Wohnberatung'] })
];
const card = (id: string, category: string) => ({ id, text: id, category, lang: null, translations: [] });

function workshop(title: string, fill: Partial<WorkshopReport>): WorkshopReport {
	const base = emptyReport();
	return { ...base, workshop: { ...base.workshop, id: title, title, place: 'Rathaus' }, ...fill };
}

/** A STARTER day in January and a Folgetreffen in April; the report covers January to April 2027. */
function input(): SachberichtInput {
	const starter = workshop('STARTER', {
		participation: { participants: 9, institutions: [{ name: 'Jobcenter', count: 4 }, { name: 'VHS', count: 3 }, { name: null, count: 2 }] },
		clusters: [
			{ id: 'c1', title: 'Sprache', cards: [card('a', 'Sprache'), card('b', 'Sprache'), card('c', 'Wohnen')] },
			{ id: 'c2', title: 'Kita', cards: [card('d', 'Kinderbetreuung')] }
		],
		unsortedCards: [card('e', 'Sprache')],
		actions: [
			action('Sprachcafé', 'done', '2027-02-01', [change('2027-01-20', 'open', 'in_progress'), change('2027-02-10', 'in_progress', 'done')]),
			action('Kita-Plätze', 'stuck', '2027-03-01', [change('2027-03-05', 'open', 'stuck', 'Keine Erzieherin')]),
			action('Infoabend', 'open', '2027-04-10')
		]
	});
	const follow = workshop('Folgetreffen', {
		participation: { participants: 5, institutions: [{ name: 'Jobcenter', count: 3 }, { name: null, count: 2 }] },
		clusters: [{ id: 'c3', title: 'Praktika', cards: [card('f', 'Praxiserfahrung'), card('g', 'Praxiserfahrung')] }],
		actions: [action('Praktikumsbörse', 'in_progress', '2027-06-30', [change('2027-04-20', 'open', 'in_progress')])]
	});
	const earlier = workshop('Vorjahr', {
		participation: { participants: 7, institutions: [{ name: 'IHK', count: 7 }] },
		actions: [action('Alt', 'done', null, [change('2026-05-01', 'open', 'done')])]
	});
	return {
		buendnis: { name: 'Bündnis Musterstadt', municipality: 'Musterstadt', members: ['Jobcenter', 'VHS'] },
		period: { from: '2027-01-01', to: '2027-04-30' },
		workshops: [
			{ report: starter, heldOn: '2027-01-15' },
			{ report: follow, heldOn: '2027-04-15' },
			{ report: earlier, heldOn: '2026-04-01' }
		],
		minGroup: 4,
		gaps: gapMatrix(
			['Sprache', 'Wohnen'],
			[{ categories: ['Sprache'], access: { gestattung: 'ja', duldung: 'unklar', erlaubnis: 'ja', anerkannt: 'ja' } }],
			[{ title: 'Wohnungsbörse', status: 'in_progress' as const, gap: { thema: 'wohnen', status: 'duldung' as const } }]
		),
		chains: angebotChains(['Sprache', 'Wohnen', 'Kita'], ANGEBOTE),
		generatedAt: '2027-05-02T08:00:00.000Z'
	};
}

describe('the Sachbericht of a Bündnis', () => {
	const report = buildSachbericht(input());

	it('counts the workshops held in the period and their participants, merging groups below K', () => {
		expect(report.workshops.map((w) => [w.title, w.participants])).toEqual([
			['STARTER', 9],
			['Folgetreffen', 5]
		]);
		// Jobcenter 4 + 3 = 7 stays; VHS 3 < K = 4 joins the 2 + 2 unnamed.
		expect(report.participants).toEqual({ total: 14, minGroup: 4, institutions: [{ name: 'Jobcenter', count: 7 }, { name: null, count: 7 }] });
	});

	it('counts needs by category and Themen by cards, from the workshops of the period only', () => {
		expect(report.needs.categories).toEqual([
			{ category: 'Sprache', cards: 3 },
			{ category: 'Praxiserfahrung', cards: 2 },
			{ category: 'Kinderbetreuung', cards: 1 },
			{ category: 'Wohnen', cards: 1 }
		]);
		expect(report.needs.themen.map((t) => [t.title, t.cards])).toEqual([
			['Sprache', 3],
			['Praktika', 2],
			['Kita', 1]
		]);
	});

	it('gives every Maßnahme of the Bündnis by status, the share done and the overdue at the period end', () => {
		// 5 Maßnahmen, 2 done (Sprachcafé, Alt) = 40 %; overdue on 30 April: Kita-Plätze (stuck, 1 March), Infoabend (10 April).
		expect(report.actions).toEqual({ total: 5, byStatus: { open: 1, in_progress: 1, stuck: 1, done: 2 }, donePercent: 40, overdue: 2 });
	});

	it('lists the changes within the period, and replays the status at each month end', () => {
		expect(report.changes.map((c) => [c.title, c.from, c.to, c.note])).toEqual([
			['Sprachcafé', 'open', 'in_progress', ''],
			['Sprachcafé', 'in_progress', 'done', ''],
			['Kita-Plätze', 'open', 'stuck', 'Keine Erzieherin'],
			['Praktikumsbörse', 'open', 'in_progress', '']
		]);
		const at = (month: string) => report.timeline.find((m) => m.month === month)!.counts;
		expect(report.timeline.map((m) => m.month)).toEqual(['2027-01', '2027-02', '2027-03', '2027-04']);
		expect(at('2027-01')).toEqual({ open: 2, in_progress: 1, stuck: 0, done: 1 });
		expect(at('2027-02')).toEqual({ open: 2, in_progress: 0, stuck: 0, done: 2 });
		expect(at('2027-03')).toEqual({ open: 1, in_progress: 0, stuck: 1, done: 2 });
		expect(at('2027-04')).toEqual({ open: 1, in_progress: 1, stuck: 1, done: 2 });
	});

	it('shows the Maßnahme-Karrieren of each Thema with Angebote, with its Sackgasse and loops', () => {
		expect(report.careers).toEqual([
			{ thema: 'Sprache', chains: [{ angebote: ['Sprachkurs', 'Berufssprachkurs'], outcome: 'ausbildung' }], moreChains: 0, loops: [], deadEnd: false },
			{ thema: 'Wohnen', chains: [{ angebote: ['Wohnberatung', 'Mieterverein'], outcome: '' }], moreChains: 0, loops: [['Wohnberatung', 'Mieterverein', 'Wohnberatung']], deadEnd: true }
		]);
		const undescribed = buildSachbericht({ ...input(), chains: angebotChains(['Sprache'], [angebot('Sprachkurs', ['Sprache'])]) });
		expect(undescribed.careers).toBeNull();
		const many = Array.from({ length: 8 }, (_, i) => angebot(`Kurs ${i}`, ['Sprache'], { after: ['Ziel'] }));
		const capped = buildSachbericht({ ...input(), chains: angebotChains(['Sprache'], [...many, angebot('Ziel', [], { outcome: 'arbeit' })]) });
		expect(capped.careers![0]).toMatchObject({ moreChains: 3 });
		expect(capped.careers![0]!.chains).toHaveLength(5);
	});

	it('renders as CSV blocks for Excel and as a PDF with every section', async () => {
		const csv = sachberichtCsv(report, { locale: 'de' });
		expect(csv.startsWith('\uFEFFSachbericht;Bündnis Musterstadt\r\n')).toBe(true);
		expect(csv).toContain('\r\n\r\nMaßnahmen nach Status\r\nStatus;Anzahl\r\noffen;1\r\nin Arbeit;1\r\nstockt;1\r\nerledigt;2\r\nüberfällig;2\r\n%;40\r\n');
		expect(csv).toContain('2027-03;1;0;1;2');
		expect(csv).toContain('Kita-Plätze;offen → stockt;Keine Erzieherin');
		expect(csv).toContain('\r\nAngebote und Lücken\r\nThema;Aufenthaltsgestattung;Duldung;Aufenthaltserlaubnis;anerkannt\r\nSprache;1;Lücke (1 unklar);1;1\r\nWohnen;Lücke;Lücke (Maßnahme: Wohnungsbörse (in Arbeit));Lücke;Lücke\r\n');
		expect(csv).toContain(
			'\r\nMaßnahme-Karrieren\r\nThema;Wege;Warnzeichen\r\nSprache;Sprachkurs → Berufssprachkurs – führt in Ausbildung;\r\nWohnen;Wohnberatung → Mieterverein – führt nicht in Ausbildung oder Arbeit;\r\nWohnen;;Sackgasse: kein Weg führt in Ausbildung oder Arbeit\r\nWohnen;;Schleife: Wohnberatung → Mieterverein → Wohnberatung\r\n'
		);
		const pages = await readPdf(await renderSachberichtPdf(report, { locale: 'de' }));
		for (const page of pages) expect(layoutProblems(page, PAGE.margins, PAGE.footerOffset), `page ${page.number}`).toEqual([]);
		const text = squash(pages.map((page) => page.text).join('\n'));
		for (const heading of ['Sachbericht', 'Bündnis Musterstadt', 'Workshops im Berichtszeitraum', 'Teilnehmende nach Institution', 'Bedarfe nach Kategorie', 'Maßnahmen nach Status im Verlauf', 'Was sich im Berichtszeitraum geändert hat', 'Keine Erzieherin', '5 Maßnahmen, davon 40 % erledigt und 2 überfällig.', 'Angebote und Lücken', 'Lücke', 'Maßnahme: Wohnungsbörse (in Arbeit)', 'Maßnahme-Karrieren', 'Sprachkurs → Berufssprachkurs – führt in Ausbildung', 'Sackgasse: kein Weg führt in Ausbildung oder Arbeit', 'Schleife: Wohnberatung → Mieterverein → Wohnberatung']) {
			expect(text).toContain(squash(heading));
		}
		const english = await readPdf(await renderSachberichtPdf(report, { locale: 'en' }));
		expect(squash(english.map((page) => page.text).join(''))).toContain(squash('What changed in the reporting period'));
	});
});
