import type * as Y from 'yjs';
import { rankByVotes } from './ranking.ts';
import type { Card } from './schema.ts';
import { wall } from './selectors.ts';
import { targetIndex, type Tallies, type TargetIndex, type TargetKind, type VoteTargets } from './vote-targets.ts';

/**
 * Tallies turned into a ranking against the board as it is now: the server's results and the
 * clients' chart of revealed tallies (state document `revealed`) use the same code.
 */

export interface ResultCard {
	id: string;
	text: string;
	category: string;
}

export interface ResultTarget {
	/** Tied targets share a rank (1, 1, 3). */
	rank: number;
	targetId: string;
	kind: TargetKind;
	/** The cluster's title, or a card's text. */
	title: string;
	votes: number;
	cards: ResultCard[];
}

/** One group of voters of the breakdown by institution type; `institutionType` null is "Weitere". */
export interface BreakdownRow {
	institutionType: string | null;
	voters: number;
	/** Punkte by target, resolved; a target the group gave nothing is missing. */
	votes: Tallies;
}

/** A round as the API shows it: its rules and times (ISO 8601). */
export interface RoundSummary {
	number: number;
	status: 'open' | 'closed' | 'revealed';
	budget: number;
	maxPerTarget: number;
	targets: VoteTargets;
	openedAt: string;
	closedAt: string | null;
	revealedAt: string | null;
}

/** One round of `GET /api/workshops/:id/results`. */
export interface RoundResults extends RoundSummary {
	/** People who gave at least one Punkt. */
	voters: number;
	results: ResultTarget[];
	breakdown: BreakdownRow[];
}

/** What results need from the board document, read once inside a document read. */
export interface ResultBoard {
	index: TargetIndex;
	clusters: { id: string; title: string; cards: ResultCard[] }[];
	unsorted: ResultCard[];
}

const resultCard = ({ id, text, category }: Card): ResultCard => ({ id, text, category });

export function resultBoard(doc: Y.Doc): ResultBoard {
	const { clusters, unsorted } = wall(doc);
	return {
		index: targetIndex(doc),
		clusters: clusters.map(({ cluster, cards }) => ({ id: cluster.id, title: cluster.title, cards: cards.map(resultCard) })),
		unsorted: unsorted.map(resultCard)
	};
}

/**
 * Every live cluster (0 if nobody chose it) and the unsorted cards that got Punkte, ranked; `raw`
 * by the id each Punkt was given to, resolved here.
 */
export function rankTargets(board: ResultBoard, raw: Readonly<Tallies>): ResultTarget[] {
	const tallies = board.index.resolveTallies(raw);
	const clusters = board.clusters.map((cluster) => ({
		targetId: cluster.id,
		kind: 'cluster' as const,
		title: cluster.title,
		votes: tallies[cluster.id] ?? 0,
		cards: cluster.cards
	}));
	const cards = board.unsorted
		.filter((card) => (tallies[card.id] ?? 0) > 0)
		.map((card) => ({ targetId: card.id, kind: 'card' as const, title: card.text, votes: tallies[card.id]!, cards: [card] }));
	return rankByVotes([...clusters, ...cards]);
}
