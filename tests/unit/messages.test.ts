import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server.ts';

const load = (locale: string): Record<string, string> => {
	const { $schema: _schema, ...messages } = JSON.parse(
		fs.readFileSync(path.join(ROOT, `src/i18n/messages/${locale}.json`), 'utf8')
	);
	return messages;
};

function svelteFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : svelteFiles(full);
		return entry.name.endsWith('.svelte') ? [full] : [];
	});
}

/** Text a template shows as is: markup without scripts, styles, tags and {expressions}. */
function literalText(source: string): string[] {
	const markup = source
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '');
	let depth = 0;
	let outside = '';
	for (const ch of markup) {
		if (ch === '{') depth++;
		else if (ch === '}') depth = Math.max(0, depth - 1);
		else if (depth === 0) outside += ch;
	}
	return outside
		.replace(/<[^>]*>/g, '\n')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => /\p{L}{2,}/u.test(line));
}

describe('messages', () => {
	const de = load('de');
	const en = load('en');

	it('has every message in German and in English, none empty', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
		for (const [key, text] of [...Object.entries(de), ...Object.entries(en)]) {
			expect(text.trim(), key).not.toBe('');
		}
	});

	it('uses the same placeholders in both languages', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(de)) {
			expect(placeholders(en[key]!), key).toEqual(placeholders(de[key]!));
		}
	});

	it('compiles every message (offline, the plugin must come from node_modules)', async () => {
		const compiled = await import('../../src/lib/paraglide/messages.js');
		for (const key of Object.keys(de)) {
			expect(typeof (compiled as Record<string, unknown>)[key], key).toBe('function');
		}
	});

	it('shows no hard-coded words in any component: every UI string comes from the message files', () => {
		const offenders = svelteFiles(path.join(ROOT, 'src')).flatMap((file) =>
			literalText(fs.readFileSync(file, 'utf8')).map((text) => `${path.relative(ROOT, file)}: ${text}`)
		);
		expect(offenders).toEqual([]);
	});
});
