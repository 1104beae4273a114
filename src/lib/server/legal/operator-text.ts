import fs from 'node:fs';
import path from 'node:path';
import { renderMarkdown } from './markdown.ts';

/** The pages whose text the operator writes as Markdown files in DATA_DIR. */
export type LegalPage = 'impressum' | 'datenschutz' | 'barrierefreiheit';

export interface OperatorText {
	html: string;
	/** The file it came from, relative to DATA_DIR. */
	file: string;
}

const cache = new Map<string, { mtimeMs: number; size: number; html: string }>();

/** A file rendered once per change: the operator edits it while the server runs. */
function readRendered(file: string): string | null {
	let stat: fs.Stats;
	try {
		stat = fs.statSync(file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
	const cached = cache.get(file);
	if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.html;
	const html = renderMarkdown(fs.readFileSync(file, 'utf8'));
	cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, html });
	return html;
}

/**
 * The operator's text of a page: `<page>.<locale>.md` (e.g. impressum.en.md) when there is one,
 * else `<page>.md`; null when neither exists.
 */
export function operatorText(dataDir: string, page: LegalPage, locale: string): OperatorText | null {
	for (const file of [`${page}.${locale}.md`, `${page}.md`]) {
		const html = readRendered(path.join(dataDir, file));
		if (html !== null) return { html, file };
	}
	return null;
}
