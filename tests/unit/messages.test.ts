import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server.ts';

/** A message: one text, or (for plurals) variants chosen by Intl.PluralRules, each a text. */
type Message = string | { match: Record<string, string> }[];
const textsOf = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message[0]!.match));

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

/** Every source file: components, modules, routes, the server entry. */
function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : sourceFiles(full);
		return /\.(ts|svelte)$/.test(entry.name) ? [full] : [];
	});
}

/** The messages a file names as `m.key`; only files that import the messages have an `m` of them. */
function keysIn(files: readonly string[]): Set<string> {
	const sources = files.map((file) => fs.readFileSync(file, 'utf8')).filter((source) => /paraglide\/messages/.test(source));
	return new Set(sources.flatMap((source) => [...source.matchAll(/\bm\.(\w+)/g)].map((match) => match[1]!)));
}

/** Where an import of `from` leads among our files; null for packages and the compiled messages. */
function resolveImport(from: string, spec: string): string | null {
	const base = spec.startsWith('$lib/') ? path.join(ROOT, 'src/lib', spec.slice(5)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
	if (!base || base.includes(`${path.sep}paraglide`)) return null;
	const candidates = [base, `${base}.ts`, `${base}.svelte`, base.replace(/\.js$/, '.ts'), path.join(base, 'index.ts')];
	return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

/**
 * What a participant sees: the join pages, the board, the layout and the error page, with
 * everything they import, apart from what only the Moderation gets on the same page.
 */
const PARTICIPANT_ENTRIES = ['src/routes/+layout.svelte', 'src/routes/+error.svelte', 'src/routes/j', 'src/routes/w/[id]/+page.svelte'];
const MODERATION_ONLY = [
	'src/lib/components/facilitation/FacilitatorPanel.svelte',
	'src/lib/components/voting/VotingControls.svelte',
	'src/lib/components/RestoreList.svelte',
	'src/lib/components/plan/ExportLinks.svelte'
].map((file) => path.join(ROOT, file));

function participantFiles(): string[] {
	const seen = new Set<string>();
	const queue = PARTICIPANT_ENTRIES.flatMap((entry) => {
		const full = path.join(ROOT, entry);
		return fs.statSync(full).isDirectory() ? sourceFiles(full) : [full];
	});
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file) || MODERATION_ONLY.includes(file)) continue;
		seen.add(file);
		for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
			const next = resolveImport(file, spec!);
			if (next) queue.push(next);
		}
	}
	return [...seen];
}

/** The languages of the people in the room: the participant screens, in full; the Moderation falls back to German. */
const PARTICIPANT_LOCALES = ['de-x-ls', 'ar', 'fa', 'uk', 'tr'];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
	const de = load('de');
	const en = load('en');

	it('has every message in German and in English, none empty', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
		for (const [key, text] of [...Object.entries(de), ...Object.entries(en)]) {
			expect(text.trim(), key).not.toBe('');
		}
	});

	it('defines every message the code uses, and uses every one it defines', () => {
		const used = keysIn([...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'server'))]);
		const defined = new Set(Object.keys(de));
		expect([...used].filter((key) => !defined.has(key)).sort(), 'used but not defined').toEqual([]);
		expect([...defined].filter((key) => !used.has(key)).sort(), 'defined but not used').toEqual([]);
	});

	for (const locale of PARTICIPANT_LOCALES) {
		it(`has every message of the participant screens in ${locale}, and no other`, () => {
			const messages = load(locale) as unknown as Record<string, Message>;
			const needed = [...keysIn(participantFiles())].filter((key) => key in de).sort();
			expect(needed.length).toBeGreaterThan(100);
			const missing = needed.filter((key) => !(key in messages));
			const unused = Object.keys(messages).filter((key) => !needed.includes(key));
			expect({ missing, unused }).toEqual({ missing: [], unused: [] });
			for (const [key, message] of Object.entries(messages)) {
				const texts = textsOf(message);
				for (const text of texts) expect(text.trim(), `${locale} ${key}`).not.toBe('');
				// A plural variant may spell its number out ("بطاقتان"); together they name what German names.
				const named = [...new Set(texts.flatMap(placeholders))].sort();
				expect(named, `${locale} ${key}`).toEqual(placeholders(de[key]!));
			}
		});
	}

	it('uses the same placeholders in both languages', () => {
		for (const key of Object.keys(de)) {
			expect(placeholders(en[key]!), key).toEqual(placeholders(de[key]!));
		}
	});

	it('chooses the plural form the language needs', async () => {
		const { board_card_count, gaps_count } = await import('../../src/lib/paraglide/messages.js');
		expect([1, 2, 5, 21, 22].map((count) => board_card_count({ count }, { locale: 'uk' }))).toEqual(['1 картка', '2 картки', '5 карток', '21 картка', '22 картки']);
		expect([0, 1, 2, 3, 11, 100].map((count) => board_card_count({ count }, { locale: 'ar' }))).toEqual(['لا بطاقات', 'بطاقة واحدة', 'بطاقتان', '3 بطاقات', '11 بطاقة', '100 بطاقة']);
		expect(board_card_count({ count: 3 }, { locale: 'tr' })).toBe('3 kart');
		expect([1, 2].map((count) => gaps_count({ count }, { locale: 'de-x-ls' }))).toEqual(['1 Angebot', '2 Angebote']);
	});

	it('writes Leichte Sprache in short sentences, without abbreviations or semicolons', () => {
		const texts = Object.values(load('de-x-ls') as unknown as Record<string, Message>).flatMap(textsOf);
		// The Netzwerk Leichte Sprache names no number; 12 words holds what we have and stops anything longer.
		const long = texts.flatMap((text) => text.split(/(?<=[.!?:])\s+/)).filter((sentence) => sentence.split(/\s+/).length > 12);
		const abbreviated = texts.filter((text) => /\b(z\. ?B|bzw|usw|ggf|d\. ?h)\.|;/.test(text));
		expect({ long, abbreviated }).toEqual({ long: [], abbreviated: [] });
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
