import { PAGE, STYLES } from './theme.ts';
import { drawLine, layoutText, lineHeight, type Doc, type Line, type TextStyle } from './text.ts';

export interface TextOptions {
	/** Space to keep free below the whole text, so a heading is not left alone at a page end. */
	keepWithNext?: number;
	spaceAfter?: number;
}

/**
 * The writing position in the content box. Every page break is taken here, deliberately: before
 * something that would cross the bottom margin, never in the middle of a line. In a right-to-left
 * document (`rtl`) whatever is laid out side by side starts at the right edge, see `place`.
 */
export class Flow {
	readonly doc: Doc;
	readonly rtl: boolean;
	readonly left = PAGE.margins.left;
	readonly top = PAGE.margins.top;
	readonly width: number;
	readonly bottom: number;
	y: number = PAGE.margins.top;

	constructor(doc: Doc, rtl = false) {
		this.doc = doc;
		this.rtl = rtl;
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
	}

	/** Breaks the page unless `height` fits; on a fresh page it never breaks again. */
	ensure(height: number): void {
		if (height > this.room() && !this.atTop) this.newPage();
	}

	/** The page x of a box `offset` points from the start edge of the content box (right in rtl). */
	place(offset: number, width: number): number {
		return this.rtl ? this.left + this.width - offset - width : this.left + offset;
	}

	/** `layoutText` in this document's direction. */
	layout(text: string, style: TextStyle, width: number): Line[] {
		return layoutText(this.doc, text, style, width, this.rtl);
	}

	space(height: number): void {
		this.y = Math.min(this.y + height, this.bottom);
	}

	/** Draws text line by line, breaking pages between lines; see `TextOptions.keepWithNext`. */
	text(text: string, style: TextStyle, options: TextOptions = {}): void {
		const lines = this.layout(text, style, this.width);
		const height = lineHeight(style);
		if (options.keepWithNext) this.ensure(lines.length * height + options.keepWithNext);
		for (const line of lines) {
			this.ensure(height);
			drawLine(this.doc, line, style, this.left, this.y, this.width);
			this.y += height;
		}
		this.space(options.spaceAfter ?? 0);
	}

	/** A heading kept together with the first lines below it. */
	heading(text: string, style: TextStyle = STYLES.h1): void {
		this.text(text, style, { keepWithNext: 4 * style.size, spaceAfter: 0.5 * style.size });
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
