import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { EXPORT_LOCALES } from '../../src/lib/i18n/export-locales.ts';
import { LABELS } from '../../src/lib/server/export/labels.ts';
import { renderMarkdown } from '../../src/lib/server/export/markdown.ts';
import { mdBlock, mdCell, mdInline } from '../../src/lib/server/export/markdown-escape.ts';
import { SPECIAL_CARDS, sampleReport, TRANSLATIONS } from '../helpers/sample-report.ts';

const HOSTILE = [
	'# Überschrift *fett* __dick__ [Link](https://example.org) <script>alert(1)</script>',
	'1. keine Liste | kein Tabellenrand &amp; `kein Code` ~~nicht durch~~ _nicht kursiv_ \\ C#',
	'- kein Punkt',
	'+ auch keiner',
	'==='
].join('\n');

/** What dir="auto" is in plain text: FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE. */
const iso = (text: string) => `\u2068${text}\u2069`;
const withoutIsolates = (text: string) => text.replace(/[\u2068\u2069]/g, '');

function html(markdown: string): string {
	return marked.parse(markdown, { async: false });
}

function textOf(fragment: string): string {
	return fragment
		.replace(/<br>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}

describe('Markdown report', () => {
	const report = sampleReport({ cards: 30, clusters: 4, actions: 5 });
	report.clusters[0]!.cards[0]!.text = HOSTILE;
	report.actions[0]!.title = 'Leitfaden | Teil *1*';
	report.actions[0]!.notes = 'Zeile eins\nZeile zwei';

	it.each(EXPORT_LOCALES)('has every section in %s', (locale) => {
		const labels = LABELS[locale];
		const markdown = renderMarkdown(report, { locale });
		for (const heading of [labels.institutionsPresent, labels.phasesHeld, labels.priorities, labels.clusters, labels.unsorted, labels.actionPlan]) {
			expect(markdown).toContain(`\n## ${heading}\n`);
		}
		expect(markdown.startsWith(`# ${labels.report}: ${iso(report.workshop.title)}\n`)).toBe(true);
		expect(markdown).toContain(`### ${labels.round(2)}`);
		for (const cluster of report.clusters) expect(markdown).toContain(`### ${iso(cluster.title)}`);
	});

	it('shows user text as the words it is, never as markup', () => {
		const rendered = html(renderMarkdown(report, { locale: 'de' }));
		const item = rendered.match(/<li>(?:(?!<\/li>)[\s\S])*Überschrift[\s\S]*?<\/li>/)![0];
		for (const markup of ['<strong>', '<script', '<code>', '<del>', '<ol', '<ul', '<h1', '<h2', '<hr']) {
			expect(item).not.toContain(markup);
		}
		// GFM links a bare URL to itself; the words stay the same, so that is allowed, nothing else.
		for (const [, href, label] of item.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)) expect(label).toBe(href);
		expect(item.match(/<a /g)).toHaveLength(1);
		expect(withoutIsolates(textOf(item.replace(/^<li>|<\/li>$/g, '').replace(/ <em>\(.*\)<\/em>$/, '')))).toBe(HOSTILE);
		expect(rendered.match(/<h1>/g)).toHaveLength(1);
		expect(rendered).not.toContain('<script');
	});

	it('keeps every card, escaped, and each action in one table row', () => {
		const rendered = html(renderMarkdown(report, { locale: 'de' }));
		const text = textOf(rendered);
		for (const card of report.clusters.flatMap((cluster) => cluster.cards).slice(1)) expect(text).toContain(card.text);
		const rows = rendered.split('<h2>').at(-1)!.match(/<tr>[\s\S]*?<\/tr>/g)!;
		expect(rows).toHaveLength(report.actions.length + 1);
		for (const row of rows) expect(row.match(/<t[hd]/g)).toHaveLength(7);
		expect(textOf(rows[1]!)).toContain(iso('Leitfaden | Teil *1*'));
		expect(rows[1]).toContain(`${iso('Zeile eins')}<br>${iso('Zeile zwei')}`);
	});

	it('escapes only what would become markup', () => {
		expect(mdInline('Bürokratie & Behörden 1. Runde')).toBe(iso('Bürokratie & Behörden 1. Runde'));
		expect(mdInline('a *b* [c] <d> `e` | f ~g~ #h &amp;')).toBe(iso('a \\*b\\* \\[c\\] \\<d\\> \\`e\\` \\| f \\~g\\~ \\#h \\&amp;'));
		expect(mdBlock('- a\n2. b\n+ c\n= d', '  ')).toBe(`${iso('\\- a')}\\\n  ${iso('2\\. b')}\\\n  ${iso('\\+ c')}\\\n  ${iso('\\= d')}`);
		expect(mdCell('a|b\nc')).toBe(`${iso('a\\|b')}<br>${iso('c')}`);
	});

	it('isolates an Arabic card, so it keeps its list marker and category in place', () => {
		const arabic = SPECIAL_CARDS[5]!;
		const markdown = renderMarkdown(report, { locale: 'de' });
		const line = markdown.split('\n').find((candidate) => candidate.includes(arabic))!;
		expect(line).toMatch(new RegExp(`^- ${iso(arabic)} _\\(${iso('[^\u2069]+')} · Arabisch\\)_$`));
		// Names, Maßnahmen and their owners are isolated too, in lists and in table cells.
		expect(markdown).toContain(`- **Moderation:** ${iso('Savaş Beltir, Kübra Öztürk')}`);
		expect(markdown).toContain(`| ${iso(report.actions[1]!.title)} | ${iso(report.actions[1]!.clusterTitle!)} | ${iso(report.actions[1]!.owner)} |`);
	});

	it('puts each translation under its card, after the language named in the export language', () => {
		const question = SPECIAL_CARDS[1]!;
		const [arabic, turkish] = TRANSLATIONS[1]!.translations;
		const markdown = renderMarkdown(report, { locale: 'de' });
		const at = markdown.indexOf(`- ${iso(question)}`);
		expect(markdown.slice(at).split('\n').slice(1, 3)).toEqual([`  - *Arabisch:* ${iso(arabic!.text)}`, `  - *Türkisch:* ${iso(turkish!.text)}`]);
		// A nested list inside the card's own item, not a paragraph or a list of its own.
		const nested = html(markdown).match(/<li>\u2068Kübra(?:(?!<\/li>)[\s\S])*<ul>\s*<li><em>Arabisch:<\/em>/);
		expect(nested).not.toBeNull();
		expect(renderMarkdown(report, { locale: 'en' })).toContain(`  - *Arabic:* ${iso(arabic!.text)}`);
	});
});
