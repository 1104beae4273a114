import { isGap, RESIDENCE_STATUSES } from '../../../board/angebote.ts';
import type { ExportFormat } from '../format.ts';
import { gapCellText } from '../gaps.ts';
import type { ReportGapRow } from '../report.ts';
import type { Flow } from './flow.ts';
import { drawTable, type Cell, type Column } from './table.ts';
import { STYLES } from './theme.ts';

const THEMA_WIDTH = 140;

/** The Lückenanalyse as a table, Thema × residence status; a Lücke in bold words, not colour. */
export function drawGaps(flow: Flow, format: ExportFormat, rows: readonly ReportGapRow[]): void {
	const { labels } = format;
	flow.heading(labels.gaps);
	flow.text(labels.gapsIntro, STYLES.small, { spaceAfter: 6 });
	if (rows.length === 0) {
		flow.text(labels.none, STYLES.body);
		return;
	}
	const other = (flow.width - THEMA_WIDTH) / RESIDENCE_STATUSES.length;
	drawTable(
		flow,
		[{ width: THEMA_WIDTH, header: labels.topic }, ...RESIDENCE_STATUSES.map((status): Column => ({ width: other, header: labels.residence[status] }))],
		rows.map((row): Cell[] => [
			[{ text: row.thema, style: STYLES.tableBold }],
			...RESIDENCE_STATUSES.map((status): Cell => {
				const cell = row.cells[status];
				const { count, more } = gapCellText(format, cell);
				return [{ text: count, style: isGap(cell) ? STYLES.tableBold : STYLES.table }, ...more.map((text) => ({ text, style: STYLES.small, gap: 1 }))];
			})
		])
	);
}
