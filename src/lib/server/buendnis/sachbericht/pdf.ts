import { actorLabel } from '../../../board/history-actor.ts';
import { ACTION_STATUSES, type ActionStatus } from '../../../board/schema.ts';
import { exportFormat, NOT_GIVEN, type ExportFormat, type ExportOptions } from '../../export/format.ts';
import { drawFacts } from '../../export/pdf/cover.ts';
import { reportDocument } from '../../export/pdf/document.ts';
import { Flow } from '../../export/pdf/flow.ts';
import { drawFooters } from '../../export/pdf/footer.ts';
import { drawGaps } from '../../export/pdf/gaps.ts';
import { drawTable, type Cell, type Column } from '../../export/pdf/table.ts';
import { drawLine, layoutText, lineHeight } from '../../export/pdf/text.ts';
import { COLORS, STYLES } from '../../export/pdf/theme.ts';
import { warningTexts, wayText } from './careers-text.ts';
import { sachberichtLabels, type SachberichtLabels, type SachberichtLocale } from './labels.ts';
import type { Sachbericht } from './report.ts';

/** Okabe–Ito colours, told apart by colour-blind readers too; the numbers stand in a table below. */
const STATUS_COLORS: Record<ActionStatus, string> = { done: '#009e73', in_progress: '#0072b2', stuck: '#d55e00', open: '#aab1bb' };
/** Bottom to top: what is done carries the bar. */
const STACK: ActionStatus[] = ['done', 'in_progress', 'stuck', 'open'];
const CHART_HEIGHT = 150;
const COUNT_WIDTH = 60;

interface Context extends ExportFormat {
	report: Sachbericht;
	words: SachberichtLabels;
	flow: Flow;
}

/** The Sachbericht for the Land, laid out like the Ergebnisprotokoll. */
export function renderSachberichtPdf(report: Sachbericht, options: ExportOptions<SachberichtLocale>): Promise<Buffer> {
	const format = exportFormat(options);
	const words = sachberichtLabels(options.locale);
	const title = `${words.title}: ${report.buendnis.name}`;
	const { doc, done } = reportDocument(title, options.locale, report.generatedAt);
	const context: Context = { ...format, report, words, flow: new Flow(doc) };
	drawCover(context);
	drawWorkshops(context);
	drawParticipants(context);
	context.flow.newPage();
	drawNeeds(context);
	context.flow.newPage();
	drawActions(context);
	drawChanges(context);
	drawGaps(context.flow, context, report.gaps);
	drawCareers(context);
	drawFooters(context, title, report.generatedAt);
	doc.end();
	return done;
}

/** Two columns, a label and a count; the shape of most of the report's small tables. */
function countTable(flow: Flow, header: [string, string], rows: [string, number][], none: string): void {
	if (rows.length === 0) {
		flow.text(none, STYLES.body);
		return;
	}
	drawTable(
		flow,
		[
			{ width: flow.width - COUNT_WIDTH, header: header[0] },
			{ width: COUNT_WIDTH, header: header[1], align: 'end' }
		],
		rows.map(([label, count]) => [[{ text: label, style: STYLES.table }], [{ text: String(count), style: STYLES.table }]])
	);
}

function drawCover({ report, flow, words, labels, date }: Context): void {
	flow.text(words.title, STYLES.kicker, { spaceAfter: 2 });
	flow.text(report.buendnis.name, STYLES.title, { spaceAfter: 6 });
	flow.rule(COLORS.accent, 2, 10);
	const facts: [string, string][] = [
		[labels.municipality, report.buendnis.municipality || NOT_GIVEN],
		[words.members, report.buendnis.members.join(', ') || NOT_GIVEN],
		[words.periodLabel, `${date(report.period.from)} – ${date(report.period.to)}`]
	];
	drawFacts(flow, facts);
}

function drawWorkshops({ report, flow, words, labels, date }: Context): void {
	flow.heading(words.workshopsHeld);
	if (report.workshops.length === 0) {
		flow.text(labels.none, STYLES.body);
		return;
	}
	const fixed = { date: 80, place: 120, count: 70 };
	const columns: Column[] = [
		{ width: flow.width - fixed.date - fixed.place - fixed.count, header: words.workshop },
		{ width: fixed.date, header: labels.date },
		{ width: fixed.place, header: labels.place },
		{ width: fixed.count, header: labels.participants, align: 'end' }
	];
	drawTable(
		flow,
		columns,
		report.workshops.map((w): Cell[] => [
			[{ text: w.title, style: STYLES.tableBold }],
			[{ text: date(w.date), style: STYLES.table }],
			[{ text: w.place || NOT_GIVEN, style: STYLES.table }],
			[{ text: String(w.participants), style: STYLES.table }]
		])
	);
	flow.space(18);
}

function drawParticipants({ report, flow, words, labels }: Context): void {
	flow.heading(words.participantsByInstitution);
	flow.text(words.participantsTotal(report.participants.total, report.participants.minGroup), STYLES.small, { spaceAfter: 6 });
	countTable(
		flow,
		[words.institution, words.count],
		report.participants.institutions.map(({ name, count }) => [name ?? labels.otherInstitution, count]),
		labels.none
	);
}

function drawNeeds({ report, flow, words, labels }: Context): void {
	flow.heading(words.needsByCategory);
	countTable(flow, [labels.category, words.cards], report.needs.categories.map((c) => [c.category, c.cards]), labels.none);
	flow.space(18);
	flow.heading(words.themen);
	countTable(flow, [labels.topic, words.cards], report.needs.themen.map((t) => [`${t.title} (${t.workshopTitle})`, t.cards]), labels.none);
}

function drawActions(context: Context): void {
	const { report, flow, words, labels } = context;
	flow.heading(words.actionsByStatus);
	const { total, donePercent, overdue, byStatus } = report.actions;
	flow.text(words.actionsSummary(total, donePercent, overdue), STYLES.body, { spaceAfter: 6 });
	countTable(flow, [labels.status, words.count], [...ACTION_STATUSES.map((s): [string, number] => [labels.statuses[s], byStatus[s]]), [words.overdue, overdue]], labels.none);
	flow.space(18);
	flow.heading(words.timeline, STYLES.h2);
	drawTimeline(context);
}

/** Stacked bars, one per month, with a legend; the same numbers follow as a table. */
function drawTimeline({ report, flow, words, labels }: Context): void {
	const { doc } = flow;
	const months = report.timeline;
	const legendHeight = lineHeight(STYLES.small) + 6;
	const axisHeight = lineHeight(STYLES.small) + 4;
	flow.ensure(legendHeight + CHART_HEIGHT + axisHeight + 12);
	let x = flow.left;
	for (const status of STACK) {
		doc.rect(x, flow.y + 1, 8, 8).fill(STATUS_COLORS[status]);
		const [line] = layoutText(doc, labels.statuses[status], STYLES.small, 120);
		drawLine(doc, line!, STYLES.small, x + 12, flow.y, 120, false);
		x += 24 + line!.width;
	}
	flow.y += legendHeight;
	const max = Math.max(1, ...months.map((m) => STACK.reduce((sum, s) => sum + m.counts[s], 0)));
	const slot = flow.width / Math.max(months.length, 1);
	const barWidth = Math.min(36, slot * 0.7);
	const base = flow.y + CHART_HEIGHT;
	doc.moveTo(flow.left, base).lineTo(flow.left + flow.width, base).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
	months.forEach((month, i) => {
		const barX = flow.left + i * slot + (slot - barWidth) / 2;
		let top = base;
		for (const status of STACK) {
			const height = (month.counts[status] / max) * CHART_HEIGHT;
			if (height > 0) doc.rect(barX, top - height, barWidth, height).fill(STATUS_COLORS[status]);
			top -= height;
		}
		const label = `${month.month.slice(5, 7)}/${month.month.slice(2, 4)}`;
		const [line] = layoutText(doc, label, STYLES.small, slot);
		drawLine(doc, line!, STYLES.small, flow.left + i * slot + (slot - line!.width) / 2, base + 3, slot, false);
	});
	flow.y = base + axisHeight + 12;
	drawTable(
		flow,
		[{ width: 70, header: words.month }, ...ACTION_STATUSES.map((s): Column => ({ width: (flow.width - 70) / ACTION_STATUSES.length, header: labels.statuses[s], align: 'end' }))],
		months.map((m): Cell[] => [[{ text: m.month, style: STYLES.table }], ...ACTION_STATUSES.map((s): Cell => [{ text: String(m.counts[s]), style: STYLES.table }])])
	);
	flow.space(18);
}

function drawChanges({ report, flow, words, labels, dateTime }: Context): void {
	flow.heading(words.changes);
	if (report.changes.length === 0) {
		flow.text(labels.none, STYLES.body);
		return;
	}
	const fixed = { when: 90, change: 110, by: 110 };
	drawTable(
		flow,
		[
			{ width: fixed.when, header: words.when },
			{ width: flow.width - fixed.when - fixed.change - fixed.by, header: labels.action },
			{ width: fixed.change, header: words.change },
			{ width: fixed.by, header: words.by }
		],
		report.changes.map((c): Cell[] => {
			const what: Cell = [
				{ text: c.title, style: STYLES.tableBold },
				{ text: c.workshopTitle, style: STYLES.small, gap: 1 }
			];
			const change: Cell = [{ text: c.from === c.to ? labels.statuses[c.to] : `${labels.statuses[c.from]} → ${labels.statuses[c.to]}`, style: STYLES.table }];
			if (c.note) change.push({ text: c.note, style: STYLES.small, gap: 2 });
			return [[{ text: dateTime(c.at), style: STYLES.table }], what, change, [{ text: actorLabel(c.by, labels.historyActor), style: STYLES.table }]];
		})
	);
}

const CAREER_THEMA_WIDTH = 120;
const CAREER_WARNINGS_WIDTH = 150;

/** Per Thema its first Wege and its warnings, the warnings in bold words, not colour. */
function drawCareers({ report, flow, words, labels }: Context): void {
	flow.heading(words.careers);
	// With the table's header and first row, so the intro never ends a page alone.
	flow.text(words.careersIntro, STYLES.small, { spaceAfter: 6, keepWithNext: 60 });
	if (report.careers === null || report.careers.length === 0) {
		flow.text(report.careers === null ? words.careersUndescribed : words.careersNone, STYLES.body);
		return;
	}
	drawTable(
		flow,
		[
			{ width: CAREER_THEMA_WIDTH, header: labels.topic },
			{ width: flow.width - CAREER_THEMA_WIDTH - CAREER_WARNINGS_WIDTH, header: words.ways },
			{ width: CAREER_WARNINGS_WIDTH, header: words.warnings }
		],
		report.careers.map((career): Cell[] => [
			[{ text: career.thema, style: STYLES.tableBold }],
			[
				...career.chains.map((chain, i) => ({ text: wayText(chain, words), style: STYLES.table, gap: i ? 2 : 0 })),
				...(career.moreChains ? [{ text: words.moreWays(career.moreChains), style: STYLES.small, gap: 2 }] : []),
				...(career.chains.length === 0 ? [{ text: labels.none, style: STYLES.table }] : [])
			],
			warningTexts(career, words).map((text, i) => ({ text, style: STYLES.tableBold, gap: i ? 2 : 0 }))
		])
	);
}
