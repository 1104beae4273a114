import type { AngebotChains, Chain } from '../../../board/angebot-chains.ts';
import { isOverdue } from '../../../board/plan-filter.ts';
import { ACTION_STATUSES, type ActionStatus } from '../../../board/schema.ts';
import type { HistoryActor } from '../../../board/history-actor.ts';
import type { IsoDate, IsoDateTime, ReportGapRow, WorkshopReport } from '../../export/report.ts';

/**
 * The Sachbericht of a Bündnis for the Land: what it did in a period, from its workshops' reports.
 * Plain JSON like the Ergebnisprotokoll's report, so renderers (pdf, csv) and tests share it.
 */

export interface SachberichtWorkshop {
	id: string;
	title: string;
	date: IsoDate | null;
	place: string;
	participants: number;
}

export interface StatusCounts {
	total: number;
	byStatus: Record<ActionStatus, number>;
	/** Whole percent of all Maßnahmen that are done; 0 without any. */
	donePercent: number;
	overdue: number;
}

export interface SachberichtChange {
	at: IsoDateTime;
	workshopTitle: string;
	title: string;
	from: ActionStatus;
	to: ActionStatus;
	note: string;
	by: HistoryActor;
}

/** Enough to show what a Thema's Wege look like; the Angebote page has them all. */
export const CAREER_CHAINS = 5;

/** The Maßnahme-Karrieren of a Thema that has Angebote: its first Wege and its warnings. */
export interface SachberichtCareer {
	thema: string;
	chains: Chain[];
	/** Wege beyond the first CAREER_CHAINS. */
	moreChains: number;
	loops: string[][];
	deadEnd: boolean;
}

export interface Sachbericht {
	buendnis: { name: string; municipality: string; members: string[] };
	period: { from: IsoDate; to: IsoDate };
	/** Workshops whose day lies in the period, in the order they were held. */
	workshops: SachberichtWorkshop[];
	/** Across those workshops; an institution with fewer than K people in all of them reads null ("Weitere"). */
	participants: { total: number; minGroup: number; institutions: { name: string | null; count: number }[] };
	/** Cards of those workshops by category, most first, and their Themen by cards. */
	needs: { categories: { category: string; cards: number }[]; themen: { title: string; workshopTitle: string; cards: number }[] };
	/** Every Maßnahme of the Bündnis as it stands at the end of the period. */
	actions: StatusCounts;
	/** Status changes and progress notes within the period, oldest first. */
	changes: SachberichtChange[];
	/** Maßnahmen by status at the end of each month of the period (the last one: its end). */
	timeline: { month: string; counts: Record<ActionStatus, number> }[];
	/** The Lückenanalyse as it stands when the report is made (board/angebote.ts). */
	gaps: ReportGapRow[];
	/**
	 * The Maßnahme-Karrieren as they stand when the report is made (board/angebot-chains.ts):
	 * null while no Angebot says what comes before or after it, since every Thema would then
	 * read as a Sackgasse.
	 */
	careers: SachberichtCareer[] | null;
	generatedAt: IsoDateTime;
}

export interface SachberichtInput {
	buendnis: Sachbericht['buendnis'];
	period: Sachbericht['period'];
	/** Each workshop's report with the day it was held (null: not held yet). */
	workshops: { report: WorkshopReport; heldOn: IsoDate | null }[];
	minGroup: number;
	gaps: ReportGapRow[];
	chains: AngebotChains;
	generatedAt: IsoDateTime;
}

const zero = (): Record<ActionStatus, number> => Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
const inPeriod = (day: IsoDate | null, { from, to }: Sachbericht['period']) => day !== null && day >= from && day <= to;
/** The calendar day of a moment in the Kommune's zone would need Intl; the UTC day is off by at most one hour around midnight. */
const dayOf = (at: IsoDateTime) => at.slice(0, 10);

export function buildSachbericht(input: SachberichtInput): Sachbericht {
	const { period } = input;
	const held = input.workshops.filter((w) => inPeriod(w.heldOn, period)).sort((a, b) => a.heldOn!.localeCompare(b.heldOn!));
	return {
		buendnis: input.buendnis,
		period,
		workshops: held.map(({ report, heldOn }) => ({
			id: report.workshop.id,
			title: report.workshop.title,
			date: heldOn,
			place: report.workshop.place,
			participants: report.participation.participants
		})),
		participants: participation(held.map((w) => w.report), input.minGroup),
		needs: needs(held.map((w) => w.report)),
		actions: statusCounts(input.workshops.map((w) => w.report), period.to),
		changes: changes(input.workshops.map((w) => w.report), period),
		timeline: timeline(input.workshops, period),
		gaps: input.gaps,
		careers: careers(input.chains),
		generatedAt: input.generatedAt
	};
}

/** Only Themen with Angebote: one without any is a Lücke, which the Lückenanalyse already says. */
function careers({ described, themen }: AngebotChains): SachberichtCareer[] | null {
	if (!described) return null;
	return themen
		.filter((t) => t.chains.length > 0 || t.loops.length > 0 || t.alone.length > 0)
		.map(({ thema, chains, loops, deadEnd }) => ({
			thema,
			chains: chains.slice(0, CAREER_CHAINS),
			moreChains: Math.max(0, chains.length - CAREER_CHAINS),
			loops,
			deadEnd
		}));
}

/** Each workshop already merged its small institutions; merged again here, so that no sum names fewer than K. */
function participation(reports: WorkshopReport[], minGroup: number): Sachbericht['participants'] {
	const counts = new Map<string | null, number>();
	for (const report of reports) {
		for (const { name, count } of report.participation.institutions) counts.set(name, (counts.get(name) ?? 0) + count);
	}
	let other = counts.get(null) ?? 0;
	const named: { name: string | null; count: number }[] = [];
	for (const [name, count] of counts) {
		if (name === null) continue;
		if (count >= minGroup) named.push({ name, count });
		else other += count;
	}
	named.sort((a, b) => b.count - a.count || a.name!.localeCompare(b.name!, 'de'));
	return {
		total: reports.reduce((sum, report) => sum + report.participation.participants, 0),
		minGroup,
		institutions: other > 0 ? [...named, { name: null, count: other }] : named
	};
}

function needs(reports: WorkshopReport[]): Sachbericht['needs'] {
	const categories = new Map<string, number>();
	const themen: Sachbericht['needs']['themen'] = [];
	for (const report of reports) {
		const cards = [...report.clusters.flatMap((c) => c.cards), ...report.unsortedCards];
		for (const card of cards) categories.set(card.category, (categories.get(card.category) ?? 0) + 1);
		for (const cluster of report.clusters) themen.push({ title: cluster.title, workshopTitle: report.workshop.title, cards: cluster.cards.length });
	}
	return {
		categories: [...categories].map(([category, cards]) => ({ category, cards })).sort((a, b) => b.cards - a.cards || a.category.localeCompare(b.category, 'de')),
		themen: themen.sort((a, b) => b.cards - a.cards || a.title.localeCompare(b.title, 'de'))
	};
}

function statusCounts(reports: WorkshopReport[], today: IsoDate): StatusCounts {
	const byStatus = zero();
	let overdue = 0;
	const actions = reports.flatMap((r) => r.actions);
	for (const action of actions) {
		byStatus[action.status] += 1;
		if (isOverdue(action, today)) overdue += 1;
	}
	return { total: actions.length, byStatus, donePercent: actions.length ? Math.round((100 * byStatus.done) / actions.length) : 0, overdue };
}

function changes(reports: WorkshopReport[], period: Sachbericht['period']): SachberichtChange[] {
	return reports
		.flatMap((report) =>
			report.actions.flatMap((action) =>
				action.history
					.filter((change) => inPeriod(dayOf(change.at), period))
					.map(({ at, from, to, note, by }) => ({ at, workshopTitle: report.workshop.title, title: action.title, from, to, note, by }))
			)
		)
		.sort((a, b) => a.at.localeCompare(b.at));
}

/** Month ends from the period's first month to its last, the last cut at the period's end. */
function monthEnds({ from, to }: Sachbericht['period']): { month: string; end: IsoDate }[] {
	const ends: { month: string; end: IsoDate }[] = [];
	let year = Number(from.slice(0, 4));
	let month = Number(from.slice(5, 7));
	while (`${year}-${String(month).padStart(2, '0')}` <= to.slice(0, 7)) {
		const label = `${year}-${String(month).padStart(2, '0')}`;
		const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
		ends.push({ month: label, end: last < to ? last : to });
		[year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
	}
	return ends;
}

/**
 * How many Maßnahmen stood in each status at each month end, replayed from the histories. A
 * Maßnahme counts from its workshop's day (or its first change, if earlier).
 */
function timeline(workshops: SachberichtInput['workshops'], period: Sachbericht['period']): Sachbericht['timeline'] {
	const actions = workshops.flatMap(({ report, heldOn }) => report.actions.map((action) => ({ action, heldOn })));
	return monthEnds(period).map(({ month, end }) => {
		const counts = zero();
		for (const { action, heldOn } of actions) {
			const first = action.history[0];
			const since = [heldOn, first ? dayOf(first.at) : null].filter((d): d is string => d !== null).sort()[0] ?? null;
			if (since === null || since > end) continue;
			const last = action.history.filter((change) => dayOf(change.at) <= end).at(-1);
			counts[last ? last.to : (first?.from ?? action.status)] += 1;
		}
		return { month, counts };
	});
}
