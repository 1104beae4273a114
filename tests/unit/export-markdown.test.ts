import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../src/lib/server/export/labels.ts';
import { renderMarkdown } from '../../src/lib/server/export/markdown.ts';
import { mdBlock, mdCell, mdInline } from '../../src/lib/server/export/markdown-escape.ts';
import { sampleReport } from '../helpers/sample-report.ts';

const HOSTILE = [
	'# Überschrift *fett* __dick__ [Link](https://example.org) <script>alert(1)</script>',
	'1. keine Liste | kein Tabellenrand &amp; `kein Code` ~~nicht durch~~ _nicht kursiv_ \\ C#',
	'- kein Punkt',
	'+ auch keiner',
	'==='
].join('\n');

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

	it.each(['de', 'en'] as const)('has every section in %s', (locale) => {
		const labels = LABELS[locale];
		const markdown = renderMarkdown(report, { locale });
		for (const heading of [labels.institutionsPresent, labels.phasesHeld, labels.priorities, labels.clusters, labels.unsorted, labels.actionPlan]) {
			expect(markdown).toContain(`\n## ${heading}\n`);
		}
		expect(markdown.startsWith(`# ${labels.report}: ${report.workshop.title}\n`)).toBe(true);
		expect(markdown).toContain(`### ${labels.round(2)}`);
		for (const cluster of report.clusters) expect(markdown).toContain(`### ${cluster.title}`);
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
		expect(textOf(item.replace(/^<li>|<\/li>$/g, '').replace(/ <em>\(.*\)<\/em>$/, ''))).toBe(HOSTILE);
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
		expect(textOf(rows[1]!)).toContain('Leitfaden | Teil *1*');
		expect(rows[1]).toContain('Zeile eins<br>Zeile zwei');
	});

	it('escapes only what would become markup', () => {
		expect(mdInline('Bürokratie & Behörden 1. Runde')).toBe('Bürokratie & Behörden 1. Runde');
		expect(mdInline('a *b* [c] <d> `e` | f ~g~ #h &amp;')).toBe('a \\*b\\* \\[c\\] \\<d\\> \\`e\\` \\| f \\~g\\~ \\#h \\&amp;');
		expect(mdBlock('- a\n2. b\n+ c\n= d', '  ')).toBe('\\- a\\\n  2\\. b\\\n  \\+ c\\\n  \\= d');
		expect(mdCell('a|b\nc')).toBe('a\\|b<br>c');
	});
});
