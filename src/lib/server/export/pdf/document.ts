import PDFDocument from 'pdfkit';
import type { ExportLocale } from '../labels.ts';
import { fontFile } from './fonts.ts';
import type { Doc } from './text.ts';
import { PAGE } from './theme.ts';

/**
 * An A4 report document as every PDF of ours starts: fonts embedded from the package, nothing
 * fetched, pages buffered so footers can be drawn once the page count is known.
 */
export function reportDocument(title: string, locale: ExportLocale, createdAt: string): { doc: Doc; done: Promise<Buffer> } {
	const doc = new PDFDocument({
		size: PAGE.size,
		margins: PAGE.margins,
		bufferPages: true,
		font: fontFile('regular'),
		lang: locale,
		displayTitle: true,
		info: { Title: title, Creator: 'Pinnwand', Producer: 'Pinnwand', CreationDate: new Date(createdAt) }
	});
	const chunks: Buffer[] = [];
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	return { doc, done };
}
