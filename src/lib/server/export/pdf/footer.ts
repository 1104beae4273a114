import type { ExportFormat } from '../format.ts';
import type { Flow } from './flow.ts';
import { clampLines, drawLine, lineHeight } from './text.ts';
import { COLORS, PAGE, STYLES } from './theme.ts';

const PAGE_NUMBER_WIDTH = 110;

/**
 * Drawn last, once the page count is known: pdfkit keeps every page buffered (bufferPages), so we
 * can go back to each one. The report's title and generation date at the start edge (left, or
 * right in a right-to-left report), "Seite X von Y" at the other.
 */
export function drawFooters(
	{ flow, labels, dateTime }: Pick<ExportFormat, 'labels' | 'dateTime'> & { flow: Flow },
	title: string,
	generatedAt: string
): void {
	const { doc } = flow;
	const style = STYLES.footer;
	const { start, count } = doc.bufferedPageRange();
	const textWidth = flow.width - PAGE_NUMBER_WIDTH;
	const titleLine = clampLines(doc, flow.layout(title, style, textWidth), style, textWidth, 1);
	const generated = flow.layout(labels.generated(dateTime(generatedAt)), style, textWidth);
	const textX = flow.place(0, textWidth);
	for (let i = 0; i < count; i++) {
		doc.switchToPage(start + i);
		const top = doc.page.height - PAGE.footerOffset;
		doc
			.moveTo(flow.left, top - 6)
			.lineTo(flow.left + flow.width, top - 6)
			.lineWidth(0.5)
			.strokeColor(COLORS.rule)
			.stroke();
		drawLine(doc, titleLine[0]!, style, textX, top, textWidth, flow.rtl);
		drawLine(doc, generated[0]!, style, textX, top + lineHeight(style), textWidth, flow.rtl);
		const [number] = flow.layout(labels.page(i + 1, count), style, PAGE_NUMBER_WIDTH);
		drawLine(doc, number!, style, flow.place(textWidth, PAGE_NUMBER_WIDTH), top, PAGE_NUMBER_WIDTH, !flow.rtl);
	}
}
