import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_LOCALES } from '../../src/lib/i18n/export-locales.ts';
import { LABELS, type ExportLocale } from '../../src/lib/server/export/labels.ts';
import { renderPdf } from '../../src/lib/server/export/pdf.ts';
import { PAGE } from '../../src/lib/server/export/pdf/theme.ts';
import type { WorkshopReport } from '../../src/lib/server/export/report.ts';
import { asExtracted, bodyText, firstMissingWord, layoutProblems, readPdf, squash, type PdfItem, type PdfPage } from '../helpers/pdf-text.ts';
import { ARABIC_GREETING, emptyReport, sampleReport, SPECIAL_CARDS, stressReport, TRANSLATIONS } from '../helpers/sample-report.ts';

const report = sampleReport({ cards: 120, clusters: 12, actions: 30 });
const rendered: Partial<Record<ExportLocale, PdfPage[]>> = {};

async function pagesOf(r: WorkshopReport, locale: ExportLocale): Promise<PdfPage[]> {
	return readPdf(await renderPdf(r, { locale }));
}

function allText(pages: PdfPage[]): string {
	return pages.map((page) => page.text).join('\n');
}

beforeAll(async () => {
	for (const locale of EXPORT_LOCALES) rendered[locale] = await pagesOf(report, locale);
});

describe.each(EXPORT_LOCALES)('Ergebnisprotokoll in %s', (locale) => {
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
		// Squashed: a heading may wrap in its narrow column ("الموعد النهائي").
		for (const heading of headings) expect(squash(text)).toContain(squash(asExtracted(heading)));
		expect(text).toContain(report.workshop.municipality);
		expect(text).toContain(report.workshop.place);
		expect(text).toContain(asExtracted(`${labels.participants} ${report.participation.participants}`));
		for (const { name } of report.participation.institutions) expect(text).toContain(name);
	});

	it('numbers every page as "page X of N" in the footer, with the workshop title', () => {
		const pages = rendered[locale]!;
		expect(pages.length).toBeGreaterThan(3);
		for (const page of pages) {
			expect(page.text).toContain(asExtracted(labels.page(page.number, pages.length)));
			expect(page.text).toContain(report.workshop.title);
		}
	});

	it('keeps every text inside the page and clear of every other text', () => {
		const problems = rendered[locale]!.flatMap((page) => layoutProblems(page, PAGE.margins, PAGE.footerOffset));
		expect(problems).toEqual([]);
	});

	it('repeats the action table header on every page the table reaches', () => {
		const pages = rendered[locale]!;
		const start = pages.findIndex((page) => page.text.includes(asExtracted(labels.actionPlan)));
		expect(start).toBeGreaterThan(0);
		expect(pages.length - start).toBeGreaterThan(1);
		for (const page of pages.slice(start)) {
			const [action, topic, owner] = [labels.action, labels.topic, labels.owner].map(asExtracted);
			expect(page.text).toMatch(new RegExp(`${action}\\s+${topic}\\s+${owner}`));
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
		const page = pages.find((p) => p.text.includes('Begrüßung im Jugendzentrum'))!;
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

/** The items on the line of `item`, left to right. */
function lineOf(page: PdfPage, item: PdfItem): PdfItem[] {
	return page.items.filter((other) => Math.abs(other.baseline - item.baseline) < 0.5).sort((a, b) => a.x - b.x);
}

const right = (item: PdfItem) => item.x + item.width;

describe('Ergebnisprotokoll with translated cards', () => {
	const [margin, width] = [PAGE.margins.left, 595.28 - PAGE.margins.left - PAGE.margins.right];
	/** The card text's columns when the card is translated: original and translation share what the category leaves. */
	const half = (width - 130) / 2;
	const question = SPECIAL_CARDS[1]!;
	const [arabic, turkish] = TRANSLATIONS[1]!.translations;

	it('shows original and translations side by side, each under its language in the export language', () => {
		const page = rendered.de!.find((p) => p.text.includes('Kübra Öztürk fragt'))!;
		const label = (name: string) => page.items.find((item) => item.text === name)!;
		const [german, arabicLabel, turkishLabel] = ['Deutsch', 'Arabisch', 'Türkisch'].map(label);
		// Original in the first column, translations in the second, one below the other.
		expect(german!.baseline).toBe(arabicLabel!.baseline);
		expect(german!.x).toBeLessThan(margin + half);
		expect(arabicLabel!.x).toBeGreaterThan(margin + half);
		expect(turkishLabel!.baseline).toBeGreaterThan(arabicLabel!.baseline);
		const text = squash(page.text);
		for (const words of [question, asExtracted(arabic!.text), turkish!.text]) expect(text).toContain(squash(words));
		expect(allText(rendered.en!)).toContain('Arabic');
		expect(allText(rendered.uk!)).toContain('Арабська');
	});

	it('aligns each card text by its own direction: Arabic to the right of its column, German to the left', () => {
		const page = rendered.de!.find((p) => p.text.includes('Herzlich willkommen'))!;
		const original = page.items.find((item) => item.text === 'الورشة')!;
		const translation = page.items.find((item) => item.text.startsWith('Herzlich willkommen'))!;
		expect(Math.max(...lineOf(page, original).filter((item) => item.x < margin + half).map(right))).toBeCloseTo(margin + half - 3, 0);
		expect(translation.x).toBeCloseTo(margin + half + 3, 0);
	});
});

describe('Ergebnisprotokoll in Arabic', () => {
	const labels = LABELS.ar;
	const end = 595.28 - PAGE.margins.right;
	const find = (pages: PdfPage[], text: string) => {
		for (const page of pages) {
			const item = page.items.find((candidate) => candidate.text === asExtracted(text));
			if (item) return { page, item };
		}
		throw new Error(`no "${text}"`);
	};

	it('sets headings and labels against the right margin, German names and numbers readable beside them', () => {
		const pages = rendered.ar!;
		const kicker = find(pages, labels.report.split(' ')[0]!);
		expect(right(kicker.item)).toBeCloseTo(end, 0);
		expect(right(find(pages, labels.priorities).item)).toBeCloseTo(end, 0);
		// Label column at the right, its value to the left of it; a German value keeps its own direction.
		const municipality = find(pages, labels.municipality);
		expect(right(municipality.item)).toBeCloseTo(end - 4, 0);
		const value = municipality.page.items.find((item) => item.text === report.workshop.municipality)!;
		expect(value.baseline).toBe(municipality.item.baseline);
		expect(value.x).toBeCloseTo(PAGE.margins.left + 4, 0);
	});

	it('mirrors the order of columns: the Maßnahme first from the right, then Thema, then Verantwortlich', () => {
		const { page, item: action } = find(rendered.ar!, labels.action);
		const header = lineOf(page, action);
		const topic = header.find((item) => item.text === labels.topic)!;
		const owner = header.find((item) => item.text === labels.owner)!;
		expect(action.x).toBeGreaterThan(topic.x);
		expect(topic.x).toBeGreaterThan(owner.x);
	});

	it('puts each rank at the right with its bar growing to the left', () => {
		const { page, item: round } = find(rendered.ar!, labels.round(1).split(' ')[0]!);
		const first = report.votingRounds[0]!.results[0]!;
		const rank = page.items.find((item) => item.text === String(first.rank) && item.baseline > round.baseline + 20)!;
		expect(right(rank)).toBeGreaterThan(end - 24);
		const tally = lineOf(page, rank).find((item) => item.text === String(first.votes))!;
		expect(tally.x).toBeLessThan(rank.x - 180);
	});
});

describe('Ergebnisprotokoll at the limits', () => {
	it('breaks pages, rows and overlong words so no text runs off a page or overlaps', async () => {
		const stress = stressReport();
		for (const locale of ['de', 'ar'] as const) {
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
