import type { BreakdownRow, RankedTarget, VotingRound } from '../report.ts';
import type { PdfContext } from './context.ts';
import type { Flow } from './flow.ts';
import { clampLines, drawLine, lineHeight, type Line, type TextStyle } from './text.ts';
import { COLORS, OTHER_SERIES, SERIES, STYLES } from './theme.ts';

const RANK_WIDTH = 24;
const LABEL_WIDTH = 180;
const VALUE_WIDTH = 34;
const GAP = 8;
const BAR_HEIGHT = 11;
const ROW_GAP = 5;
const LABEL_LINES = 3;
const SWATCH = 8;
/** Room for a round's heading, rules and legend when deciding whether it fits on the page. */
const ROUND_HEAD = 110;

interface BarRow {
	target: RankedTarget;
	label: Line[];
	height: number;
}

interface Series {
	label: string;
	color: string;
	row: BreakdownRow;
}

/**
 * Every closed voting round: its rules, then the targets ranked as a horizontal bar chart. Laid
 * out from the flow's start edge: in a right-to-left report rank and title stand on the right and
 * the bars grow to the left.
 */
export function drawPriorities(context: PdfContext): void {
	const { report, flow, labels, dateTime } = context;
	flow.heading(labels.priorities);
	if (report.votingRounds.length === 0) flow.text(labels.noRounds, STYLES.body);
	for (const round of report.votingRounds) {
		const rows = barRows(flow, round);
		// A round that fits on one page starts on a new one rather than being split.
		const height = ROUND_HEAD + rows.reduce((total, row) => total + row.height + ROW_GAP, 0);
		if (height <= flow.bottom - flow.top) flow.ensure(height);
		flow.heading(labels.round(round.number), STYLES.h2);
		const facts = [labels.roundRules(round.budget, round.maxPerTarget), labels.voters(round.voters)];
		if (round.closedAt) facts.push(labels.closedAt(dateTime(round.closedAt)));
		flow.text(facts.join(' · '), STYLES.small, { spaceAfter: 6 });
		const series = seriesOf(round, labels.otherGroup);
		if (series.length > 0) drawLegend(flow, labels.byInstitution, series);
		drawBars(flow, rows, series);
		flow.space(14);
	}
}

function seriesOf(round: VotingRound, otherLabel: string): Series[] {
	let next = 0;
	return round.breakdown.map((row) => ({
		label: `${row.institutionType ?? otherLabel} (${row.voters})`,
		color: row.institutionType === null ? OTHER_SERIES : SERIES[next++ % SERIES.length]!,
		row
	}));
}

function barRows(flow: Flow, round: VotingRound): BarRow[] {
	const style = STYLES.body;
	const width = LABEL_WIDTH - GAP;
	return round.results.map((target) => {
		const label = clampLines(flow.doc, flow.layout(target.title, style, width), style, width, LABEL_LINES);
		return { target, label, height: Math.max(label.length * lineHeight(style), BAR_HEIGHT) };
	});
}

function drawBars(flow: Flow, rows: BarRow[], series: Series[]): void {
	const { doc } = flow;
	const style = STYLES.body;
	const barStart = RANK_WIDTH + LABEL_WIDTH + GAP;
	const barSpan = flow.width - RANK_WIDTH - LABEL_WIDTH - GAP - VALUE_WIDTH;
	const stacked = (targetId: string) => series.reduce((total, { row }) => total + (row.votes[targetId] ?? 0), 0);
	const most = Math.max(1, ...rows.map(({ target }) => Math.max(target.votes, stacked(target.targetId))));
	for (const { target, label, height } of rows) {
		flow.ensure(height + ROW_GAP);
		const top = flow.y;
		// The rank stands against its title, the tally against the end of its bar.
		drawCell(flow, String(target.rank), STYLES.bodyBold, 0, top, RANK_WIDTH - GAP, !flow.rtl);
		label.forEach((line, i) =>
			drawLine(doc, line, style, flow.place(RANK_WIDTH, LABEL_WIDTH - GAP), top + i * lineHeight(style), LABEL_WIDTH - GAP)
		);
		const barTop = top + (lineHeight(style) - BAR_HEIGHT) / 2;
		let offset = barStart;
		const segments = series.length > 0 ? series : [{ color: COLORS.bar, row: null }];
		for (const { color, row } of segments) {
			const votes = row ? (row.votes[target.targetId] ?? 0) : target.votes;
			const width = (votes / most) * barSpan;
			if (width > 0) doc.rect(flow.place(offset, width), barTop, width, BAR_HEIGHT).fill(color);
			offset += width;
		}
		drawCell(flow, String(target.votes), STYLES.bodyBold, offset + 4, top, VALUE_WIDTH - 4, flow.rtl);
		flow.y = top + height + ROW_GAP;
	}
}

function drawLegend(flow: Flow, title: string, series: Series[]): void {
	const { doc } = flow;
	const style = STYLES.small;
	const height = lineHeight(style);
	flow.text(title, STYLES.smallBold);
	let offset = 0;
	flow.ensure(height);
	for (const { label, color } of series) {
		const labelWidth = flow.width - SWATCH - 4;
		const [line] = clampLines(doc, flow.layout(label, style, labelWidth), style, labelWidth, 1);
		const width = SWATCH + 4 + line!.width + 12;
		if (offset > 0 && offset + width > flow.width) {
			flow.y += height;
			flow.ensure(height);
			offset = 0;
		}
		doc.rect(flow.place(offset, SWATCH), flow.y + (height - SWATCH) / 2, SWATCH, SWATCH).fill(color);
		drawLine(doc, line!, style, flow.place(offset + SWATCH + 4, line!.width), flow.y, line!.width);
		offset += width;
	}
	flow.y += height + 6;
}

/** One line in the box `offset` points from the flow's start edge. */
function drawCell(flow: Flow, text: string, style: TextStyle, offset: number, y: number, width: number, right: boolean) {
	const [line] = flow.layout(text, style, width);
	drawLine(flow.doc, line!, style, flow.place(offset, width), y, width, right);
}
