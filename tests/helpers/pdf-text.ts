import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/**
 * Reads a PDF back with pdf.js (legacy build: runs in Node 20, no worker, no network). Text items
 * come in content-stream order; pdf.js turns each right-to-left item back into logical order.
 */
export interface PdfItem {
	text: string;
	/** Top-down page coordinates in points, like pdfkit's. */
	x: number;
	baseline: number;
	width: number;
	size: number;
}

export interface PdfPage {
	number: number;
	width: number;
	height: number;
	items: PdfItem[];
	/** Items joined in stream order, one line per baseline. */
	text: string;
	/** Every shown glyph run, left to right as drawn: unicode and the font's character code. */
	glyphRuns: { unicode: string; code: number }[][];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
	const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0 }).promise;
	const pages: PdfPage[] = [];
	for (let number = 1; number <= pdf.numPages; number++) {
		const page = await pdf.getPage(number);
		const [, , width, height] = page.view as [number, number, number, number];
		const content = await page.getTextContent();
		const items = content.items
			.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '')
			.map((item) => ({
				text: item.str,
				x: item.transform[4] as number,
				baseline: height - (item.transform[5] as number),
				width: item.width,
				size: Math.hypot(item.transform[0] as number, item.transform[1] as number)
			}));
		const operators = await page.getOperatorList();
		const glyphRuns = operators.fnArray.flatMap((fn, i) =>
			fn === OPS.showText
				? [
						(operators.argsArray[i]![0] as ({ unicode: string; originalCharCode: number } | number)[])
							.filter((glyph) => typeof glyph === 'object')
							.map((glyph) => ({ unicode: glyph.unicode, code: glyph.originalCharCode }))
					]
				: []
		);
		pages.push({ number, width, height, items, text: joinLines(items), glyphRuns });
	}
	await pdf.destroy();
	return pages;
}

function joinLines(items: PdfItem[]): string {
	let text = '';
	let baseline: number | null = null;
	for (const item of items) {
		if (baseline !== null) text += Math.abs(item.baseline - baseline) > 0.5 ? '\n' : ' ';
		text += item.text;
		baseline = item.baseline;
	}
	return text.replace(/ {2,}/g, ' ');
}

export interface Margins {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** DejaVu Sans: ascender 928, descender 236 per 1000 units of the font size. */
const ASCENT = 0.928;
const DESCENT = 0.236;
const TOLERANCE = 0.5;

/**
 * What a reader would see as broken layout: text outside the content box, or two texts whose
 * glyph boxes overlap. Only the footer, from `footerOffset` above the page's lower edge, may use
 * the bottom margin. Returns readable findings.
 */
export function layoutProblems(page: PdfPage, margins: Margins, footerOffset: number): string[] {
	const problems: string[] = [];
	const contentBottom = page.height - margins.bottom;
	const boxes = page.items.map((item) => ({
		item,
		left: item.x,
		right: item.x + item.width,
		top: item.baseline - ASCENT * item.size,
		bottom: item.baseline + DESCENT * item.size
	}));
	for (const box of boxes) {
		const where = `page ${page.number}: "${box.item.text}"`;
		const footer = box.top >= page.height - footerOffset - TOLERANCE;
		if (box.left < margins.left - TOLERANCE || box.right > page.width - margins.right + TOLERANCE) {
			problems.push(`${where} runs off the side (${box.left.toFixed(1)}–${box.right.toFixed(1)})`);
		}
		if (box.top < margins.top - TOLERANCE) problems.push(`${where} runs into the top margin`);
		const limit = footer ? page.height - TOLERANCE : contentBottom + TOLERANCE;
		if (box.bottom > limit) problems.push(`${where} runs off the bottom (${box.bottom.toFixed(1)})`);
	}
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i]!;
			const b = boxes[j]!;
			const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
			const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
			if (x > TOLERANCE && y > TOLERANCE) {
				problems.push(`page ${page.number}: "${a.item.text}" overlaps "${b.item.text}"`);
			}
		}
	}
	return problems;
}

/** Whitespace-insensitive form, for text that may be wrapped or cut differently on the page. */
export function squash(text: string): string {
	return text.replace(/\s+/g, '');
}

/** The text of all pages without what lies below `bottom` (the footers), in stream order. */
export function bodyText(pages: PdfPage[], bottom: number): string {
	return pages
		.map((page) => joinLines(page.items.filter((item) => item.baseline < page.height - bottom)))
		.join('\n');
}

/**
 * The first word of `text` that is not found in `haystack` after the words before it, or null.
 * For text split over pages, where the other cells of its table row interrupt it.
 */
export function firstMissingWord(haystack: string, text: string): string | null {
	const squashed = squash(haystack);
	let from = 0;
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const at = squashed.indexOf(word, from);
		if (at < 0) return word;
		from = at + word.length;
	}
	return null;
}

/**
 * `text` as pdf.js extracts it from our PDFs: DejaVu Sans draws lam + alef as one ligature glyph,
 * and pdf.js, turning a right-to-left item back into logical order, reverses that glyph's two
 * characters too ("الأولويات" comes back as "األولويات"). A no-op for text without it.
 */
export function asExtracted(text: string): string {
	return text.replace(/ل([اأإآ])/g, '$1ل');
}
