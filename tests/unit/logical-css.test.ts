import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server.ts';

/**
 * Arabic and Farsi lay out right to left: the browser mirrors what CSS says in logical terms
 * (inline-start, inline-end) and leaves left and right where they are. So our CSS never says
 * left or right; where something really is physical (the peer cursors' pixel plane), it says
 * so with `direction: ltr` and logical properties inside.
 */

function styleFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : styleFiles(full);
		return /\.(svelte|css)$/.test(entry.name) ? [full] : [];
	});
}

/** The CSS of a file: a stylesheet, or a component's <style> blocks and its style attributes and directives. */
function cssOf(file: string): string {
	const source = fs.readFileSync(file, 'utf8');
	if (file.endsWith('.css')) return source;
	const blocks = [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
	const attributes = [...source.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]);
	const directives = [...source.matchAll(/\sstyle:([\w-]+)/g)].map((m) => `${m[1]}: x;`);
	return [...blocks, ...attributes, ...directives].join('\n');
}

const PHYSICAL = [
	/\b(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)\b/,
	/(?:^|[\s;{])(?:left|right)\s*:/,
	/\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b/,
	/\bborder-(?:top|bottom)-(?:left|right)-radius\b/
];

/** `margin: 1px 2px 3px 4px`: four values name right and left apart. */
const FOUR_SIDES = /\b(?:margin|padding|inset|border-width|scroll-margin|scroll-padding)\s*:\s*([^;{}]+)/g;

function physicalRules(css: string): string[] {
	const lines = css.replace(/\/\*[\s\S]*?\*\//g, '').split('\n');
	const found = lines.filter((line) => PHYSICAL.some((rule) => rule.test(line))).map((line) => line.trim());
	for (const [, value] of css.matchAll(FOUR_SIDES)) {
		const parts = value!.trim().split(/\s+(?![^(]*\))/);
		if (parts.length === 4 && parts[1] !== parts[3]) found.push(value!.trim());
	}
	return found;
}

describe('CSS for both directions', () => {
	it('says start and end, never left and right', () => {
		const offenders = styleFiles(path.join(ROOT, 'src')).flatMap((file) => physicalRules(cssOf(file)).map((rule) => `${path.relative(ROOT, file)}: ${rule}`));
		expect(offenders).toEqual([]);
	});

	it('finds what it forbids', () => {
		expect(physicalRules('a { margin-left: 1rem; }\nb { right: 0 }\nc { text-align: left; }\nd { margin: 0 1px 0 2px; }\ne { border-top-right-radius: 4px }')).toHaveLength(5);
		expect(physicalRules('a { margin-inline-start: 1rem; inset-inline-end: 0; text-align: start; margin: 0 1rem; padding: 1px 2px 3px 2px; }')).toEqual([]);
	});
});
