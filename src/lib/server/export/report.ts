import type { GapRef, GapRow } from '../../board/angebote.ts';
import type { CardLanguage, CardTranslation } from '../../board/card-languages.ts';
import type { Phase } from '../../board/facilitator-state.ts';
import type { HistoryActor } from '../../board/history-actor.ts';

/**
 * Everything an export shows about one workshop, gathered once from the database and the board
 * documents and handed to the renderers (pdf, csv, markdown, ics). Plain JSON: strings, numbers,
 * arrays and records only, so a report can be stored, diffed and used as a test fixture.
 * Renderers keep the order they are given; sorting belongs to the code that gathers.
 */

export const REPORT_VERSION = 1;

/** The phases as the facilitator state names them: Ankommen, Rückblick, Sammeln, … Abschluss. */
export type PhaseId = Phase;

import type { ActionStatus } from '../../board/schema.ts';

export { ACTION_STATUSES, type ActionStatus } from '../../board/schema.ts';

/** A calendar day, YYYY-MM-DD, without time zone. */
export type IsoDate = string;
/** A moment, ISO 8601 with time zone (what `Date.prototype.toISOString` writes). */
export type IsoDateTime = string;

export interface WorkshopReport {
	version: typeof REPORT_VERSION;
	workshop: ReportWorkshop;
	participation: Participation;
	/** In the order they were held; a revisited phase appears again. */
	phases: PhaseHeld[];
	categories: string[];
	votingRounds: VotingRound[];
	clusters: ReportCluster[];
	/** Cards that ended the workshop in no cluster. */
	unsortedCards: ReportCard[];
	actions: ReportAction[];
	/** The Lückenanalyse of the workshop's Themen against its Bündnis' Angebote; empty outside a Bündnis. */
	gaps: ReportGapRow[];
	generatedAt: IsoDateTime;
}

/** A row of the Lückenanalyse as the reports show it: with the Maßnahmen made from each Lücke. */
export type ReportGapRow = GapRow<{ title: string; status: ActionStatus }>;

export interface ReportWorkshop {
	id: string;
	title: string;
	/** Empty when not given. */
	municipality: string;
	date: IsoDate | null;
	place: string;
	/** Display names of the facilitators. */
	facilitators: string[];
}

export interface Participation {
	participants: number;
	/**
	 * Institutions present, with how many participants came from each; institutions with fewer
	 * than K people are merged into "Weitere Institution" (name null), see institution-groups.ts.
	 */
	institutions: { name: string | null; count: number }[];
}

export interface PhaseHeld {
	phase: PhaseId;
	at: IsoDateTime;
}

export interface VotingRound {
	number: number;
	/** Dots per person. */
	budget: number;
	maxPerTarget: number;
	closedAt: IsoDateTime | null;
	/** People who placed at least one dot. */
	voters: number;
	/** Ranked, best first; tied targets carry the same rank (1, 1, 3, …). */
	results: RankedTarget[];
	/** Votes by institution type; empty when the round was not broken down. */
	breakdown: BreakdownRow[];
}

export interface RankedTarget {
	rank: number;
	/** A cluster id. */
	targetId: string;
	title: string;
	votes: number;
}

/**
 * One group of voters. The voting code merges every group of fewer than three voters into one row
 * with `institutionType: null` (shown as "Weitere"/"Other"), so no row points at a person.
 */
export interface BreakdownRow {
	institutionType: string | null;
	voters: number;
	/** Votes per target id; a target the group did not vote for may be missing. */
	votes: Record<string, number>;
}

export interface ReportCard {
	id: string;
	/** Verbatim, line breaks included. */
	text: string;
	category: string;
	/** The language `text` is written in; null where it was not recorded. */
	lang: CardLanguage | null;
	/** Verbatim too, in the board's order of languages; empty when nobody translated the card. */
	translations: Pick<CardTranslation, 'lang' | 'text'>[];
}

export interface ReportCluster {
	id: string;
	title: string;
	cards: ReportCard[];
}

export interface ReportAction {
	id: string;
	title: string;
	clusterId: string | null;
	clusterTitle: string | null;
	/** Verantwortlich: the institution. */
	owner: string;
	contact: string;
	due: IsoDate | null;
	status: ActionStatus;
	/** Why it is stuck, how far it got; '' for none. */
	statusNote: string;
	notes: string;
	/** The Lücke it was made from, if any. */
	gap: GapRef | null;
	/** Oldest first. */
	history: StatusChange[];
}

export interface StatusChange {
	at: IsoDateTime;
	/** Who changed it; the words come with the export's language. */
	by: HistoryActor;
	from: ActionStatus;
	to: ActionStatus;
	note: string;
}
