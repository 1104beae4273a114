import MarkdownIt from 'markdown-it';

/**
 * Markdown the operator writes, as HTML that cannot run anything: raw HTML in the file is shown
 * as text (html: false), and markdown-it refuses javascript:, vbscript: and data: links. Headings
 * move one level down, because the page already has its h1.
 */
const md = new MarkdownIt({ html: false, linkify: true });

md.core.ruler.push('shift_headings', (state) => {
	for (const token of state.tokens) {
		if (token.type === 'heading_open' || token.type === 'heading_close') {
			token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 1)}`;
		}
	}
});

export function renderMarkdown(source: string): string {
	return md.render(source);
}
