import type { BreakdownRow, RankedTarget, VotingRound } from '../report.ts';
import type { PdfContext } from './context.ts';
import type { Flow } from './flow.ts';
import { clampLines, drawLine, layoutText, lineHeight, type Line, type TextStyle } from './text.ts';
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

/** Every closed voting round: its rules, then the targets ranked as a horizontal bar chart. */
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

function barRows({ doc }: Flow, round: VotingRound): BarRow[] {
	const style = STYLES.body;
	const width = LABEL_WIDTH - GAP;
	return round.results.map((target) => {
		const label = clampLines(doc, layoutText(doc, target.title, style, width), style, width, LABEL_LINES);
		return { target, label, height: Math.max(label.length * lineHeight(style), BAR_HEIGHT) };
	});
}

function drawBars(flow: Flow, rows: BarRow[], series: Series[]): void {
	const { doc } = flow;
	const style = STYLES.body;
	const barLeft = flow.left + RANK_WIDTH + LABEL_WIDTH + GAP;
	const barSpan = flow.width - RANK_WIDTH - LABEL_WIDTH - GAP - VALUE_WIDTH;
	const stacked = (targetId: string) => series.reduce((total, { row }) => total + (row.votes[targetId] ?? 0), 0);
	const most = Math.max(1, ...rows.map(({ target }) => Math.max(target.votes, stacked(target.targetId))));
	for (const { target, label, height } of rows) {
		flow.ensure(height + ROW_GAP);
		const top = flow.y;
		drawCell(flow, String(target.rank), STYLES.bodyBold, flow.left, top, RANK_WIDTH - GAP, true);
		label.forEach((line, i) =>
			drawLine(doc, line, style, flow.left + RANK_WIDTH, top + i * lineHeight(style), LABEL_WIDTH - GAP)
		);
		const barTop = top + (lineHeight(style) - BAR_HEIGHT) / 2;
		let x = barLeft;
		const segments = series.length > 0 ? series : [{ color: COLORS.bar, row: null }];
		for (const { color, row } of segments) {
			const votes = row ? (row.votes[target.targetId] ?? 0) : target.votes;
			const width = (votes / most) * barSpan;
			if (width > 0) doc.rect(x, barTop, width, BAR_HEIGHT).fill(color);
			x += width;
		}
		drawCell(flow, String(target.votes), STYLES.bodyBold, x + 4, top, VALUE_WIDTH - 4, false);
		flow.y = top + height + ROW_GAP;
	}
}

function drawLegend(flow: Flow, title: string, series: Series[]): void {
	const { doc } = flow;
	const style = STYLES.small;
	const height = lineHeight(style);
	flow.text(title, STYLES.smallBold);
	let x = flow.left;
	flow.ensure(height);
	for (const { label, color } of series) {
		const labelWidth = flow.width - SWATCH - 4;
		const [line] = clampLines(doc, layoutText(doc, label, style, labelWidth), style, labelWidth, 1);
		const width = SWATCH + 4 + line!.width + 12;
		if (x > flow.left && x + width > flow.left + flow.width) {
			flow.y += height;
			flow.ensure(height);
			x = flow.left;
		}
		doc.rect(x, flow.y + (height - SWATCH) / 2, SWATCH, SWATCH).fill(color);
		drawLine(doc, line!, style, x + SWATCH + 4, flow.y, line!.width);
		x += width;
	}
	flow.y += height + 6;
}

function drawCell(flow: Flow, text: string, style: TextStyle, x: number, y: number, width: number, right: boolean) {
	const [line] = layoutText(flow.doc, text, style, width);
	drawLine(flow.doc, line!, style, x, y, width, right);
}
