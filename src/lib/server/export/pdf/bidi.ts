import bidiFactory from 'bidi-js';

/**
 * pdfkit draws a string as fontkit lays it out: fontkit shapes and mirrors the glyph order of a
 * right-to-left word, but pdfkit lays a string out word by word in logical order and never
 * reorders a line. So we cut each paragraph into atoms (a word, a space run, or part of a word)
 * of one bidi embedding level, break lines over atoms, and order the atoms of each line visually
 * ourselves (rule L2 of the Unicode Bidirectional Algorithm at atom granularity).
 */
const bidi = bidiFactory();

export interface Atom {
	/** As it is drawn: characters of right-to-left levels already mirrored, e.g. ( → ). */
	text: string;
	level: number;
	space: boolean;
	/** A line may break after this atom although no space follows (after - or /). */
	breakAfter: boolean;
}

export interface BidiParagraph {
	atoms: Atom[];
	rtl: boolean;
}

/** Scripts fontkit lays out right to left (it picks the script of a run from its letters). */
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const SPACE = /\s/u;
const BREAK_AFTER = /[-/]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Characters that can make a paragraph other than plain left to right: right-to-left scripts
 * (Hebrew to NKo, presentation forms, the supplementary RTL blocks) and explicit bidi controls.
 */
const MAY_BE_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202a-\u202e\u2066-\u2069\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Letters (and the two marks) are what the bidi algorithm calls strong; digits and punctuation are not. */
const STRONG = /[\p{L}\u200e\u200f]/u;

/**
 * One paragraph: a string without line breaks. Its direction is that of its first strong
 * character (dir="auto"); one without any, such as a date or a count, takes the document's.
 */
export function bidiParagraph(text: string, documentRtl = false): BidiParagraph {
	const base = documentRtl && !STRONG.test(text) ? 'rtl' : 'auto';
	// Most cards are German: skip the bidi algorithm when every level is 0 anyway.
	const { levels, paragraphs } = base === 'rtl' || MAY_BE_RTL.test(text)
		? bidi.getEmbeddingLevels(text, base)
		: { levels: new Uint8Array(text.length), paragraphs: [] };
	const mirrored = paragraphs.length > 0 ? bidi.getMirroredCharactersMap(text, levels) : new Map<number, string>();
	const atoms: Atom[] = [];
	let current: Atom | null = null;
	for (let i = 0; i < text.length; ) {
		const cp = text.codePointAt(i)!;
		const size = cp > 0xffff ? 2 : 1;
		const char = mirrored.get(i) ?? String.fromCodePoint(cp);
		const level = levels[i]!;
		const space = SPACE.test(char);
		if (!current || current.level !== level || current.space !== space || current.breakAfter) {
			current = { text: '', level, space, breakAfter: false };
			atoms.push(current);
		}
		current.text += char;
		if (BREAK_AFTER.test(char) && WORD_CHAR.test(text[i - 1] ?? '') && WORD_CHAR.test(text[i + 1] ?? '')) {
			current.breakAfter = true;
		}
		i += size;
	}
	return { atoms, rtl: (paragraphs[0]?.level ?? 0) % 2 === 1 };
}

/** The atoms of one line from left to right. */
export function visualOrder<T extends { level: number }>(items: readonly T[]): T[] {
	const out = [...items];
	let highest = 0;
	let lowestOdd = Infinity;
	for (const { level } of out) {
		highest = Math.max(highest, level);
		if (level % 2 === 1) lowestOdd = Math.min(lowestOdd, level);
	}
	for (let level = highest; level >= lowestOdd; level--) {
		for (let start = 0; start < out.length; ) {
			if (out[start]!.level < level) {
				start++;
				continue;
			}
			let end = start;
			while (end < out.length && out[end]!.level >= level) end++;
			reverseRange(out, start, end);
			start = end;
		}
	}
	return out;
}

/**
 * The string to hand to pdfkit for one atom, so that it ends up in visual order. fontkit reverses
 * every run it takes for a right-to-left script, Arabic-Indic digits (Script=Arabic) included,
 * although digits read left to right; we reverse where fontkit's guess and the level disagree:
 * such digits, and a right-to-left run of only neutral characters (say "?!").
 */
export function drawnText(atom: Atom): string {
	const rightToLeft = atom.level % 2 === 1;
	if (rightToLeft === RTL_SCRIPT.test(atom.text)) return atom.text;
	return [...atom.text].reverse().join('');
}

function reverseRange<T>(items: T[], start: number, end: number): void {
	for (let i = start, j = end - 1; i < j; i++, j--) [items[i], items[j]] = [items[j]!, items[i]!];
}
