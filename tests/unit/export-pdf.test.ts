import { beforeAll, describe, expect, it } from 'vitest';
import { LABELS, type ExportLocale } from '../../src/lib/server/export/labels.ts';
import { renderPdf } from '../../src/lib/server/export/pdf.ts';
import { PAGE } from '../../src/lib/server/export/pdf/theme.ts';
import type { WorkshopReport } from '../../src/lib/server/export/report.ts';
import { bodyText, firstMissingWord, layoutProblems, readPdf, squash, type PdfPage } from '../helpers/pdf-text.ts';
import { ARABIC_GREETING, emptyReport, sampleReport, stressReport } from '../helpers/sample-report.ts';

const report = sampleReport({ cards: 120, clusters: 12, actions: 30 });
const rendered: Partial<Record<ExportLocale, PdfPage[]>> = {};

async function pagesOf(r: WorkshopReport, locale: ExportLocale): Promise<PdfPage[]> {
	return readPdf(await renderPdf(r, { locale }));
}

function allText(pages: PdfPage[]): string {
	return pages.map((page) => page.text).join('\n');
}

beforeAll(async () => {
	rendered.de = await pagesOf(report, 'de');
	rendered.en = await pagesOf(report, 'en');
});

describe.each(['de', 'en'] as const)('Ergebnisprotokoll in %s', (locale) => {
	const labels = LABELS[locale];

	it('has the cover facts and every section heading', () => {
		const text = allText(rendered[locale]!);
		const headings = [
			labels.report,
			labels.municipality,
			labels.date,
			labels.place,
			labels.facilitators,
			labels.participants,
			labels.institutionsPresent,
			labels.phasesHeld,
			labels.priorities,
			labels.round(1),
			labels.round(2),
			labels.byInstitution,
			labels.clusters,
			labels.unsorted,
			labels.actionPlan,
			labels.action,
			labels.topic,
			labels.owner,
			labels.due,
			labels.status,
			...report.phases.map((held) => labels.phases[held.phase])
		];
		for (const heading of headings) expect(text).toContain(heading);
		expect(text).toContain(report.workshop.municipality);
		expect(text).toContain(report.workshop.place);
		expect(text).toContain(`${labels.participants} ${report.participation.participants}`);
		for (const { name } of report.participation.institutions) expect(text).toContain(name);
	});

	it('numbers every page as "page X of N" in the footer, with the workshop title', () => {
		const pages = rendered[locale]!;
		expect(pages.length).toBeGreaterThan(3);
		for (const page of pages) {
			expect(page.text).toContain(labels.page(page.number, pages.length));
			expect(page.text).toContain(report.workshop.title);
		}
	});

	it('keeps every text inside the page and clear of every other text', () => {
		const problems = rendered[locale]!.flatMap((page) => layoutProblems(page, PAGE.margins, PAGE.footerOffset));
		expect(problems).toEqual([]);
	});

	it('repeats the action table header on every page the table reaches', () => {
		const pages = rendered[locale]!;
		const start = pages.findIndex((page) => page.text.includes(labels.actionPlan));
		expect(start).toBeGreaterThan(0);
		expect(pages.length - start).toBeGreaterThan(1);
		for (const page of pages.slice(start)) {
			expect(page.text).toMatch(new RegExp(`${labels.action}\\s+${labels.topic}\\s+${labels.owner}`));
		}
	});
});

describe('Ergebnisprotokoll content', () => {
	it('prints every card verbatim, sorted and unsorted', () => {
		const text = squash(allText(rendered.de!));
		const cards = [...report.clusters.flatMap((cluster) => cluster.cards), ...report.unsortedCards];
		expect(cards.length).toBe(120);
		for (const card of cards) expect(text).toContain(squash(card.text));
		for (const cluster of report.clusters) expect(text).toContain(squash(cluster.title));
	});

	it('prints names in Turkish, Polish and Cyrillic letters as text', () => {
		const text = allText(rendered.de!);
		for (const name of ['Savaş Beltir', 'Kübra Öztürk', 'Łukasz', 'Олена']) expect(text).toContain(name);
	});

	it('ranks the priorities with ties sharing a rank, and lists every action item', () => {
		const text = allText(rendered.de!);
		const round = report.votingRounds[1]!;
		expect(round.results[0]!.rank).toBe(round.results[1]!.rank);
		// Drawn in this order: the rank, the (wrapped) title, then the tally beside its bar.
		for (const target of round.results) {
			expect(squash(text)).toContain(`${target.rank}${squash(target.title)}${target.votes}`);
		}
		for (const action of report.actions) expect(squash(text)).toContain(squash(action.title));
	});

	it('draws Arabic right to left within its line, shaped, and extracts it in logical order', () => {
		const pages = rendered.de!;
		const page = pages.find((p) => p.text.includes('Arabisch'))!;
		expect(page.text).toContain(`Arabisch: ${ARABIC_GREETING} – und auf`);
		const [first, second] = ARABIC_GREETING.split(' ');
		const on = (text: string) => page.items.find((item) => item.text === text)!;
		const german = page.items.find((item) => item.text.endsWith('Arabisch:'))!;
		const after = page.items.find((item) => item.text.startsWith('– und'))!;
		// Left to right on the page: German, then the second Arabic word, then the first, then German.
		expect(on(second!).baseline).toBe(german.baseline);
		expect(german.x).toBeLessThan(on(second!).x);
		expect(on(second!).x).toBeLessThan(on(first!).x);
		expect(on(first!).x).toBeLessThan(after.x);
		// Each word's glyphs are drawn in visual order (the reverse of the logical one) ...
		const runs = page.glyphRuns.map((run) => run.map((glyph) => glyph.unicode).join(''));
		expect(runs).toContain([...first!].reverse().join(''));
		// ... and shaped: meem starts "مرحبا" and ends "بكم", two different glyphs of one letter.
		const meem = new Set(page.glyphRuns.flat().filter((glyph) => glyph.unicode === 'م').map((glyph) => glyph.code));
		expect(meem.size).toBeGreaterThanOrEqual(2);
	});
});

describe('Ergebnisprotokoll at the limits', () => {
	it('breaks pages, rows and overlong words so no text runs off a page or overlaps', async () => {
		const stress = stressReport();
		for (const locale of ['de', 'en'] as const) {
			const pages = await pagesOf(stress, locale);
			expect(pages.flatMap((page) => layoutProblems(page, PAGE.margins, PAGE.footerOffset))).toEqual([]);
			const text = bodyText(pages, PAGE.margins.bottom);
			// pdf.js reads Arabic-Indic digits as right to left; the right-to-left card is checked by glyphs.
			const ltrCards = stress.clusters[0]!.cards.filter((card) => card.id !== 'card-rtl');
			for (const card of ltrCards) expect(firstMissingWord(text, card.text)).toBeNull();
			const drawn = pages.flatMap((page) => page.glyphRuns.map((run) => run.map((g) => g.unicode).join('')));
			expect(drawn).toContain('٢٠٢٥');
			expect(drawn).toContain(')');
			expect(firstMissingWord(text, stress.actions[0]!.notes)).toBeNull();
			expect(firstMissingWord(text, stress.workshop.title)).toBeNull();
		}
	});

	it('renders a workshop that produced nothing yet', async () => {
		const pages = await pagesOf(emptyReport(), 'de');
		const text = allText(pages);
		expect(text).toContain(LABELS.de.noRounds);
		expect(text).toContain(LABELS.de.none);
		expect(pages.flatMap((page) => layoutProblems(page, PAGE.margins, PAGE.footerOffset))).toEqual([]);
	});
});

describe('Ergebnisprotokoll of a workshop in a Bündnis', () => {
	const base = sampleReport({ cards: 10, clusters: 2, actions: 2 });
	const [first, second] = base.actions;
	const inBuendnis: WorkshopReport = {
		...base,
		actions: [{ ...first!, title: 'Wohnungsbörse', gap: { thema: 'Wohnen', status: 'duldung' } }, second!],
		gaps: [
			{
				thema: 'Wohnen',
				cells: {
					gestattung: { ja: 2, unklar: 0, actions: [] },
					duldung: { ja: 0, unklar: 1, actions: [{ title: 'Wohnungsbörse', status: 'in_progress' }] },
					erlaubnis: { ja: 1, unklar: 0, actions: [] },
					anerkannt: { ja: 0, unklar: 0, actions: [] }
				}
			}
		]
	};

	it('ends with the Lückenanalyse of its Themen, each Lücke in words with the Maßnahme made from it', async () => {
		const pages = await pagesOf(inBuendnis, 'de');
		const text = squash(allText(pages));
		for (const words of ['Angebote und Lücken', 'Aufenthaltsgestattung', 'Lücke', '1 unklar', 'Maßnahme: Wohnungsbörse (in Arbeit)', 'Aus der Lücke: Wohnen – Duldung']) {
			expect(text).toContain(squash(words));
		}
		expect(pages.flatMap((page) => layoutProblems(page, PAGE.margins, PAGE.footerOffset))).toEqual([]);
		expect(squash(allText(await pagesOf({ ...inBuendnis, gaps: [] }, 'de')))).not.toContain(squash('Angebote und Lücken'));
	});
});
