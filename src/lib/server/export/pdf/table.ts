import type { Flow } from './flow.ts';
import { COLORS, STYLES } from './theme.ts';
import { clampLines, drawLine, lineHeight, type Line, type TextStyle } from './text.ts';

export interface CellPart {
	text: string;
	style: TextStyle;
	maxLines?: number;
	/** Space above this part, within the cell. */
	gap?: number;
}
export type Cell = CellPart[];

export interface Column {
	width: number;
	header?: string;
	/**
	 * 'end' for numbers: right in a left-to-right document, left in a right-to-left one. Under
	 * 'start' (the default) each paragraph aligns by its own direction, like dir="auto".
	 */
	align?: 'start' | 'end';
}

export interface TableLook {
	/** Draw a header row (the columns' `header`), repeated on every page the table reaches. */
	header: boolean;
	/** A hairline under every row. */
	rules: boolean;
	padX: number;
	padY: number;
}

const DEFAULT_LOOK: TableLook = { header: true, rules: true, padX: 4, padY: 4 };

interface CellLine {
	line: Line;
	style: TextStyle;
	gap: number;
}

/**
 * A table whose rows grow with their wrapped cells. A row that does not fit moves to the next
 * page; a row taller than a whole page is split between lines. The header repeats after a break.
 * The first column stands at the flow's start edge: on the right in a right-to-left document.
 */
export function drawTable(flow: Flow, columns: Column[], rows: Cell[][], look: Partial<TableLook> = {}): void {
	const options = { ...DEFAULT_LOOK, ...look };
	const laidOut = rows.map((row) =>
		row.map((cell, c) => cellLines(flow, cell, columns[c]!.width - 2 * options.padX))
	);
	const header = options.header ? headerRow(flow, columns, options) : [];
	const headerHeight = header.length > 0 ? rowHeight(header, options.padY) : 0;
	const drawHeader = () => {
		if (header.length > 0) drawRow(flow, columns, header, options, COLORS.band);
	};
	const breakPage = () => {
		flow.newPage();
		drawHeader();
	};
	const freshRoom = flow.bottom - flow.top - headerHeight;
	// Keep the header with the first row, or with a first slice of a row taller than a page.
	const first = rowHeight(laidOut[0] ?? [], options.padY);
	flow.ensure(headerHeight + (first <= freshRoom ? first : freshRoom / 4));
	drawHeader();
	for (let cells of laidOut) {
		while (cells.some((lines) => lines.length > 0)) {
			const height = rowHeight(cells, options.padY);
			if (height > flow.room() && height <= freshRoom) {
				breakPage();
				continue;
			}
			const room = flow.room() - 2 * options.padY;
			const taken = cells.map((lines) => takeLines(lines, room));
			if (taken.every((lines) => lines.length === 0)) {
				breakPage();
				continue;
			}
			drawRow(flow, columns, taken, options);
			cells = cells.map((lines, c) => lines.slice(taken[c]!.length));
			if (cells.some((lines) => lines.length > 0)) breakPage();
		}
	}
}

function cellLines(flow: Flow, cell: Cell, width: number): CellLine[] {
	return cell.flatMap((part) => {
		let lines = flow.layout(part.text, part.style, width);
		if (part.maxLines) lines = clampLines(flow.doc, lines, part.style, width, part.maxLines);
		return lines.map((line, i) => ({ line, style: part.style, gap: i === 0 ? (part.gap ?? 0) : 0 }));
	});
}

function headerRow(flow: Flow, columns: Column[], look: TableLook): CellLine[][] {
	return columns.map((column) =>
		cellLines(flow, [{ text: column.header ?? '', style: STYLES.smallBold }], column.width - 2 * look.padX)
	);
}

function linesHeight(lines: CellLine[]): number {
	return lines.reduce((total, { style, gap }) => total + gap + lineHeight(style), 0);
}

function rowHeight(cells: CellLine[][], padY: number): number {
	return Math.max(0, ...cells.map(linesHeight)) + 2 * padY;
}

function takeLines(lines: CellLine[], room: number): CellLine[] {
	let used = 0;
	let count = 0;
	for (const { style, gap } of lines) {
		used += gap + lineHeight(style);
		if (used > room) break;
		count++;
	}
	return lines.slice(0, count);
}

function drawRow(flow: Flow, columns: Column[], cells: CellLine[][], look: TableLook, band?: string): void {
	const { doc } = flow;
	const height = rowHeight(cells, look.padY);
	const width = columns.reduce((total, column) => total + column.width, 0);
	const left = flow.place(0, width);
	if (band) doc.rect(left, flow.y, width, height).fill(band);
	let offset = 0;
	cells.forEach((lines, c) => {
		const column = columns[c]!;
		const x = flow.place(offset, column.width);
		let y = flow.y + look.padY;
		for (const { line, style, gap } of lines) {
			y += gap;
			const alignRight = column.align === 'end' ? !flow.rtl : line.rtl;
			drawLine(doc, line, style, x + look.padX, y, column.width - 2 * look.padX, alignRight);
			y += lineHeight(style);
		}
		offset += column.width;
	});
	flow.y += height;
	if (look.rules) {
		doc.moveTo(left, flow.y).lineTo(left + width, flow.y).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
	}
}
