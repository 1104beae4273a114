import { exportFormat, type ExportOptions } from './format.ts';
import { drawActionPlan } from './pdf/actions.ts';
import { drawClusters } from './pdf/clusters.ts';
import { drawCover, drawPhases } from './pdf/cover.ts';
import { Flow } from './pdf/flow.ts';
import { reportDocument } from './pdf/document.ts';
import { drawFooters } from './pdf/footer.ts';
import { drawGaps } from './pdf/gaps.ts';
import { drawPriorities } from './pdf/priorities.ts';
import type { WorkshopReport } from './report.ts';

/** The Ergebnisprotokoll. */
export function renderPdf(report: WorkshopReport, options: ExportOptions): Promise<Buffer> {
	const format = exportFormat(options);
	const { doc, done } = reportDocument(`${format.labels.report}: ${report.workshop.title}`, options.locale, report.generatedAt);
	const flow = new Flow(doc, format.rtl);
	const context = { ...format, report, flow };
	drawCover(context);
	drawPhases(context);
	flow.newPage();
	drawPriorities(context);
	flow.newPage();
	drawClusters(context);
	flow.newPage();
	drawActionPlan(context);
	if (report.gaps.length > 0) drawGaps(flow, format, report.gaps);
	drawFooters(context, report.workshop.title, report.generatedAt);
	doc.end();
	return done;
}
