import { bidiParagraph, drawnText, visualOrder, type Atom } from './bidi.ts';
import { fontFile } from './fonts.ts';

/**
 * Our own line layout on top of pdfkit: we break lines (so bidi reordering can happen per line),
 * know every line's height before drawing (so page breaks are decided, never left to pdfkit),
 * and draw each line with `lineBreak: false`, so pdfkit never wraps or adds a page by itself.
 */
export type Doc = PDFKit.PDFDocument;

export interface TextStyle {
	size: number;
	bold?: boolean;
	color?: string;
}

interface Piece extends Atom {
	drawn: string;
	width: number;
}

export interface Line {
	/** Logical order. */
	pieces: Piece[];
	width: number;
	rtl: boolean;
}

const LINE_FACTOR = 1.3;
const ELLIPSIS = '…';

export function lineHeight(style: TextStyle): number {
	return style.size * LINE_FACTOR;
}

function useStyle(doc: Doc, style: TextStyle): void {
	doc.font(fontFile(style.bold ? 'bold' : 'regular')).fontSize(style.size);
	doc.fillColor(style.color ?? '#000000');
}

/**
 * Lines of `text` within `width`; a line break in the text starts a new line. Each paragraph
 * runs in its own direction; `documentRtl` gives one without letters (a date, a count) its own.
 */
export function layoutText(doc: Doc, text: string, style: TextStyle, width: number, documentRtl = false): Line[] {
	useStyle(doc, style);
	const lines: Line[] = [];
	for (const paragraph of text.split(/\r\n|\r|\n/)) {
		const { atoms, rtl } = bidiParagraph(paragraph, documentRtl);
		const pieces = atoms.map((atom) => measured(doc, atom));
		lines.push(...breakLines(doc, pieces, width, rtl));
	}
	return lines;
}

/** At most `max` lines; a cut last line ends in an ellipsis. */
export function clampLines(doc: Doc, lines: Line[], style: TextStyle, width: number, max: number): Line[] {
	if (lines.length <= max) return lines;
	useStyle(doc, style);
	const last = lines[max - 1]!;
	const pieces = [...last.pieces];
	const level = pieces.at(-1)?.level ?? 0;
	const ellipsis = measured(doc, { text: ELLIPSIS, level, space: false, breakAfter: false });
	while (pieces.length > 0 && (sum(pieces) + ellipsis.width > width || pieces.at(-1)!.space)) pieces.pop();
	pieces.push(ellipsis);
	return [...lines.slice(0, max - 1), { pieces, width: sum(pieces), rtl: last.rtl }];
}

/** Draws one line with its top at `y`; right-to-left paragraphs are aligned to the right. */
export function drawLine(
	doc: Doc,
	line: Line,
	style: TextStyle,
	x: number,
	y: number,
	width: number,
	alignRight = line.rtl
): void {
	useStyle(doc, style);
	const offsets = new Map<Piece, number>();
	let cursor = alignRight ? x + width - line.width : x;
	for (const piece of visualOrder(line.pieces)) {
		offsets.set(piece, cursor);
		cursor += piece.width;
	}
	// Emitted in logical order at visual positions, so text extraction and copy and paste read
	// the words in the order they were written.
	for (let i = 0; i < line.pieces.length; ) {
		const first = line.pieces[i]!;
		let text = first.drawn;
		let j = i + 1;
		// Pieces of one even level keep their order and adjacency on screen: one call draws them.
		while (first.level % 2 === 0 && line.pieces[j]?.level === first.level) text += line.pieces[j++]!.drawn;
		if (text.trim() !== '') doc.text(text, offsets.get(first)!, y, { lineBreak: false });
		i = j;
	}
}

function measured(doc: Doc, atom: Atom): Piece {
	const drawn = drawnText(atom);
	return { ...atom, drawn, width: doc.widthOfString(drawn) };
}

function sum(pieces: readonly Piece[]): number {
	return pieces.reduce((total, piece) => total + piece.width, 0);
}

/** Greedy breaking at spaces and after in-word hyphens; a word wider than a line is cut. */
function breakLines(doc: Doc, pieces: Piece[], width: number, rtl: boolean): Line[] {
	const lines: Line[] = [];
	let current: Piece[] = [];
	let spaces: Piece[] = [];
	const flush = () => {
		lines.push({ pieces: current, width: sum(current), rtl });
		current = [];
	};
	for (const word of words(pieces)) {
		if (word[0]!.space) {
			if (current.length > 0) spaces.push(...word);
			continue;
		}
		const candidate = [...current, ...spaces, ...word];
		spaces = [];
		if (sum(candidate) <= width) {
			current = candidate;
			continue;
		}
		if (current.length > 0) flush();
		for (const part of cutToWidth(doc, word, width)) {
			if (current.length > 0) flush();
			current = part;
		}
	}
	if (current.length > 0 || lines.length === 0) flush();
	return lines;
}

/** Groups pieces into unbreakable words (and space runs). */
function words(pieces: Piece[]): Piece[][] {
	const out: Piece[][] = [];
	let word: Piece[] = [];
	for (const piece of pieces) {
		const previous = word.at(-1);
		if (previous && (previous.space || piece.space || previous.breakAfter)) {
			out.push(word);
			word = [];
		}
		word.push(piece);
	}
	if (word.length > 0) out.push(word);
	return out;
}

/** Cuts a too-wide word into parts that fit, character by character. */
function cutToWidth(doc: Doc, word: Piece[], width: number): Piece[][] {
	const parts: Piece[][] = [[]];
	for (let piece of word) {
		for (;;) {
			const part = parts.at(-1)!;
			const room = width - sum(part);
			if (piece.width <= room) {
				part.push(piece);
				break;
			}
			const [head, tail] = splitPiece(doc, piece, room, part.length === 0);
			if (head) part.push(head);
			parts.push([]);
			if (!tail) break;
			piece = tail;
		}
	}
	return parts.filter((part) => part.length > 0);
}

/** The longest head of `piece` within `room`; at least one character when `mustTake`. */
function splitPiece(doc: Doc, piece: Piece, room: number, mustTake: boolean): [Piece | null, Piece | null] {
	const chars = [...piece.text];
	let take = 0;
	while (take < chars.length && doc.widthOfString(chars.slice(0, take + 1).join('')) <= room) take++;
	if (take === 0 && mustTake) take = 1;
	if (take === 0) return [null, piece];
	const head = measured(doc, { ...piece, text: chars.slice(0, take).join(''), breakAfter: false });
	if (take === chars.length) return [head, null];
	return [head, measured(doc, { ...piece, text: chars.slice(take).join('') })];
}
