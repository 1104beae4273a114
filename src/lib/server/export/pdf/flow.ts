import { PAGE, STYLES } from './theme.ts';
import { clampLines, drawLine, layoutText, lineHeight, type Doc, type Line, type TextStyle } from './text.ts';

export interface TextOptions {
	/** From the left content edge. */
	indent?: number;
	width?: number;
	/** Space to keep free below the text, so a heading is not left alone at a page end. */
	keepWithNext?: number;
	spaceAfter?: number;
	maxLines?: number;
}

/**
 * The writing position in the content box. Every page break is taken here, deliberately: before
 * something that would cross the bottom margin, never in the middle of a line.
 */
export class Flow {
	readonly doc: Doc;
	readonly left = PAGE.margins.left;
	readonly top = PAGE.margins.top;
	readonly width: number;
	readonly bottom: number;
	y: number = PAGE.margins.top;
	#onNewPage: () => void = () => {};

	constructor(doc: Doc) {
		this.doc = doc;
		this.width = doc.page.width - PAGE.margins.left - PAGE.margins.right;
		this.bottom = doc.page.height - PAGE.margins.bottom;
	}

	get atTop(): boolean {
		return this.y <= this.top;
	}

	room(): number {
		return this.bottom - this.y;
	}

	newPage(): void {
		this.doc.addPage();
		this.y = this.top;
		this.#onNewPage();
	}

	/** Runs after every page break until the returned function is called (a repeated header). */
	whileNewPage(draw: () => void): () => void {
		this.#onNewPage = draw;
		return () => (this.#onNewPage = () => {});
	}

	/** Breaks the page unless `height` fits; on a fresh page it never breaks again. */
	ensure(height: number): void {
		if (height > this.room() && !this.atTop) this.newPage();
	}

	space(height: number): void {
		this.y = Math.min(this.y + height, this.bottom);
	}

	text(text: string, style: TextStyle, options: TextOptions = {}): void {
		const indent = options.indent ?? 0;
		const width = options.width ?? this.width - indent;
		let lines = layoutText(this.doc, text, style, width);
		if (options.maxLines) lines = clampLines(this.doc, lines, style, width, options.maxLines);
		this.lines(lines, style, this.left + indent, width, options.keepWithNext ?? 0);
		this.space(options.spaceAfter ?? 0);
	}

	/** A heading kept together with the first lines below it. */
	heading(text: string, style: TextStyle = STYLES.h1): void {
		this.text(text, style, { keepWithNext: 4 * style.size, spaceAfter: 0.5 * style.size });
	}

	/** Draws lines, breaking pages between them; `keepWithNext` > 0 keeps them all on one page. */
	lines(lines: Line[], style: TextStyle, x: number, width: number, keepWithNext = 0): void {
		const height = lineHeight(style);
		if (keepWithNext > 0) this.ensure(lines.length * height + keepWithNext);
		for (const line of lines) {
			this.ensure(height);
			drawLine(this.doc, line, style, x, this.y, width);
			this.y += height;
		}
	}

	rule(color: string, gapBefore = 4, gapAfter = 8): void {
		this.ensure(gapBefore + gapAfter);
		this.y += gapBefore;
		this.doc
			.moveTo(this.left, this.y)
			.lineTo(this.left + this.width, this.y)
			.lineWidth(0.75)
			.strokeColor(color)
			.stroke();
		this.y += gapAfter;
	}
}
