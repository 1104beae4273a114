import { isGap } from '../../board/angebote.ts';
import type { ExportFormat } from './format.ts';
import type { ReportAction, ReportGapRow } from './report.ts';

type GapCell = ReportGapRow['cells'][keyof ReportGapRow['cells']];

/** One cell of the Lückenanalyse in words, for every export: the count or "Lücke", then what goes with it. */
export function gapCellText({ labels }: Pick<ExportFormat, 'labels'>, cell: GapCell): { count: string; more: string[] } {
	return {
		count: isGap(cell) ? labels.gap : String(cell.ja),
		more: [
			...(cell.unklar ? [labels.unclear(cell.unklar)] : []),
			...cell.actions.map((action) => labels.gapAction(action.title, labels.statuses[action.status]))
		]
	};
}

/** Where a Maßnahme came from, when it was made to close a Lücke; '' otherwise. */
export function fromGapText({ labels }: Pick<ExportFormat, 'labels'>, { gap }: Pick<ReportAction, 'gap'>): string {
	return gap ? labels.fromGap(gap.thema, labels.residence[gap.status]) : '';
}
