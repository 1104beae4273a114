import PDFDocument from 'pdfkit';
import { exportFormat, type ExportOptions } from './format.ts';
import { drawActionPlan } from './pdf/actions.ts';
import { drawClusters } from './pdf/clusters.ts';
import { drawCover, drawPhases } from './pdf/cover.ts';
import { Flow } from './pdf/flow.ts';
import { fontFile } from './pdf/fonts.ts';
import { drawFooters } from './pdf/footer.ts';
import { drawPriorities } from './pdf/priorities.ts';
import { PAGE } from './pdf/theme.ts';
import type { WorkshopReport } from './report.ts';

/** The Ergebnisprotokoll: A4, fonts embedded from the package, nothing fetched. */
export function renderPdf(report: WorkshopReport, options: ExportOptions): Promise<Buffer> {
	const format = exportFormat(options);
	const { labels } = format;
	const doc = new PDFDocument({
		size: PAGE.size,
		margins: PAGE.margins,
		bufferPages: true,
		font: fontFile('regular'),
		lang: options.locale,
		displayTitle: true,
		info: {
			Title: `${labels.report}: ${report.workshop.title}`,
			Creator: 'Pinnwand',
			Producer: 'Pinnwand',
			CreationDate: new Date(report.generatedAt)
		}
	});
	const chunks: Buffer[] = [];
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	const flow = new Flow(doc);
	const context = { ...format, report, flow };
	drawCover(context);
	drawPhases(context);
	flow.newPage();
	drawPriorities(context);
	flow.newPage();
	drawClusters(context);
	flow.newPage();
	drawActionPlan(context);
	drawFooters(context);
	doc.end();
	return done;
}
