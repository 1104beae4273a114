import { NOT_GIVEN } from '../format.ts';
import type { PdfContext } from './context.ts';
import type { Flow } from './flow.ts';
import { drawTable, type Cell } from './table.ts';
import { COLORS, STYLES } from './theme.ts';

const LABEL_WIDTH = 150;
const COUNT_WIDTH = 60;

/** Page one: what, where, when, who. */
export function drawCover({ report, flow, labels, date }: PdfContext): void {
	const { workshop, participation } = report;
	flow.text(labels.report, STYLES.kicker, { spaceAfter: 2 });
	flow.text(workshop.title, STYLES.title, { spaceAfter: 6 });
	flow.rule(COLORS.accent, 2, 10);
	const facts: [string, string][] = [
		[labels.municipality, workshop.municipality || NOT_GIVEN],
		[labels.date, date(workshop.date)],
		[labels.place, workshop.place || NOT_GIVEN],
		[labels.facilitators, workshop.facilitators.join(', ') || NOT_GIVEN],
		[labels.participants, String(participation.participants)]
	];
	drawFacts(flow, facts);
	flow.heading(labels.institutionsPresent, STYLES.h2);
	const rows: Cell[][] = participation.institutions.map(({ name, count }) => [
		[{ text: name ?? labels.otherInstitution, style: STYLES.body }],
		[{ text: String(count), style: STYLES.body }]
	]);
	if (rows.length === 0) flow.text(labels.none, STYLES.body);
	else {
		drawTable(
			flow,
			[{ width: flow.width - COUNT_WIDTH }, { width: COUNT_WIDTH, align: 'end' }],
			rows,
			{ header: false }
		);
	}
}

/** The facts of a cover page, label and value, then room before what follows. */
export function drawFacts(flow: Flow, facts: [string, string][]): void {
	drawTable(
		flow,
		[{ width: LABEL_WIDTH }, { width: flow.width - LABEL_WIDTH }],
		facts.map(([label, value]) => [[{ text: label, style: STYLES.bodyBold }], [{ text: value, style: STYLES.body }]]),
		{ header: false, padY: 5 }
	);
	flow.space(18);
}

/** The phases in the order they were held, with when each began. */
export function drawPhases({ report, flow, labels, dateTime }: PdfContext): void {
	flow.space(18);
	flow.heading(labels.phasesHeld);
	if (report.phases.length === 0) {
		flow.text(labels.none, STYLES.body);
		return;
	}
	drawTable(
		flow,
		[{ width: LABEL_WIDTH }, { width: flow.width - LABEL_WIDTH }],
		report.phases.map(({ phase, at }) => [
			[{ text: labels.phases[phase], style: STYLES.body }],
			[{ text: dateTime(at), style: STYLES.body }]
		]),
		{ header: false }
	);
}
