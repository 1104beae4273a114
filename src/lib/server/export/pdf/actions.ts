import type { ReportAction } from '../report.ts';
import { NOT_GIVEN } from '../format.ts';
import { fromGapText } from '../gaps.ts';
import type { PdfContext } from './context.ts';
import { drawTable, type Cell, type Column } from './table.ts';
import { STYLES } from './theme.ts';

/** Widths in points; the first column takes what the others leave of the content width. */
const FIXED = { topic: 96, owner: 108, due: 62, status: 60 };

/** The Maßnahmenplan as a table: one row per action item, its notes and status history inside. */
export function drawActionPlan(context: PdfContext): void {
	const { report, flow, labels } = context;
	flow.heading(labels.actionPlan);
	if (report.actions.length === 0) {
		flow.text(labels.none, STYLES.body);
		return;
	}
	const first = flow.width - FIXED.topic - FIXED.owner - FIXED.due - FIXED.status;
	const columns: Column[] = [
		{ width: first, header: labels.action },
		{ width: FIXED.topic, header: labels.topic },
		{ width: FIXED.owner, header: labels.owner },
		{ width: FIXED.due, header: labels.due },
		{ width: FIXED.status, header: labels.status }
	];
	drawTable(flow, columns, report.actions.map((action) => actionRow(context, action)));
}

function actionRow(context: PdfContext, action: ReportAction): Cell[] {
	const { labels, date, statusChange, status } = context;
	const what: Cell = [{ text: action.title, style: STYLES.tableBold }];
	if (action.gap) what.push({ text: fromGapText(context, action), style: STYLES.small, gap: 2 });
	if (action.notes) what.push({ text: action.notes, style: STYLES.small, gap: 2 });
	if (action.history.length > 0) {
		const changes = action.history.map(statusChange).join('\n');
		what.push({ text: `${labels.history}:\n${changes}`, style: STYLES.small, gap: 3 });
	}
	const owner: Cell = [{ text: action.owner || NOT_GIVEN, style: STYLES.table }];
	if (action.contact) owner.push({ text: action.contact, style: STYLES.small, gap: 1 });
	return [
		what,
		[{ text: action.clusterTitle ?? NOT_GIVEN, style: STYLES.table }],
		owner,
		[{ text: date(action.due), style: STYLES.table }],
		[{ text: status(action), style: STYLES.table }]
	];
}
