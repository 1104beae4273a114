import type * as Y from 'yjs';
import { rankByVotes } from '../../board/ranking.ts';
import type { Card } from '../../board/schema.ts';
import { wall } from '../../board/selectors.ts';
import { targetIndex, type Tallies, type TargetIndex, type TargetKind } from '../../board/vote-targets.ts';
import type { Db } from '../db/open.ts';
import { breakdownByInstitution, type BreakdownRow } from './breakdown.ts';
import type { AppContext } from '../context.ts';
import { listRounds, type RoundRow } from './rounds.ts';
import { roundView, type RoundView } from './views.ts';
import { ballots, rawTallies } from './votes.ts';

/**
 * The results of voting rounds, resolved against the board as it is now (merged clusters count
 * together, deleted ones drop out). The shape fits `VotingRound` of the export model
 * (src/lib/server/export/report.ts), with more fields.
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

export interface RoundResults extends RoundView {
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

/** Every live cluster, with 0 if nobody chose it, and the unsorted cards that got Punkte; ranked. */
export function rankTargets(board: ResultBoard, tallies: Readonly<Tallies>): ResultTarget[] {
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

export function roundResults(db: Db, round: RoundRow, board: ResultBoard): RoundResults {
	const voted = ballots(db, round.id);
	const resolved = voted.map((ballot) => ({ institution: ballot.institution, votes: board.index.resolveTallies(ballot.votes) }));
	return {
		...roundView(round),
		voters: voted.length,
		results: rankTargets(board, board.index.resolveTallies(rawTallies(db, round.id))),
		breakdown: breakdownByInstitution(resolved)
	};
}

/**
 * The results of a workshop's rounds that `include` lets through, first round first, against the
 * live board (loaded if needed). The export gathers its `votingRounds` through this too.
 */
export async function workshopResults(
	context: Pick<AppContext, 'db' | 'rooms'>,
	workshopId: string,
	include: (round: RoundRow) => boolean
): Promise<RoundResults[]> {
	const rounds = listRounds(context.db, workshopId).filter(include);
	if (rounds.length === 0) return [];
	const board = await context.rooms.read(workshopId, 'board', resultBoard);
	return rounds.map((round) => roundResults(context.db, round, board));
}
