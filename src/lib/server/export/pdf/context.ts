import type { ExportFormat } from '../format.ts';
import type { WorkshopReport } from '../report.ts';
import type { Flow } from './flow.ts';

/** What every section of the Ergebnisprotokoll draws with. */
export interface PdfContext extends ExportFormat {
	report: WorkshopReport;
	flow: Flow;
}
