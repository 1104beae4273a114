import de from './statement/barrierefreiheit.de.md?raw';
import en from './statement/barrierefreiheit.en.md?raw';
import { renderMarkdown } from './markdown.ts';
import { operatorText } from './operator-text.ts';

export interface Statement {
	html: string;
	/** False while the page shows the statement Pinnwand ships, which the operator should confirm. */
	ownText: boolean;
}

const shipped = { de: renderMarkdown(de), en: renderMarkdown(en) };

/**
 * The Erklärung zur Barrierefreiheit: the operator's barrierefreiheit.md replaces ours as a
 * whole, because the statement is the public body's own declaration and two texts could
 * contradict each other. Ours, in English for English readers and otherwise in German, is the
 * template to start from.
 */
export function accessibilityStatement(dataDir: string, locale: string): Statement {
	const own = operatorText(dataDir, 'barrierefreiheit', locale);
	if (own) return { html: own.html, ownText: true };
	return { html: locale === 'en' ? shipped.en : shipped.de, ownText: false };
}
