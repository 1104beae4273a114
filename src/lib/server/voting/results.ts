import { rankTargets, resultBoard, type ResultBoard, type RoundResults } from '../../board/vote-results.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import { breakdownByInstitution } from './breakdown.ts';
import { listRounds, type RoundRow } from './rounds.ts';
import { roundView } from './views.ts';
import { ballots, rawTallies } from './votes.ts';

/**
 * The results of voting rounds, resolved against the board as it is now (merged clusters count
 * together, deleted ones drop out). The shape fits `VotingRound` of the export model
 * (src/lib/server/export/report.ts), with more fields.
 */

export function roundResults(db: Db, round: RoundRow, board: ResultBoard): RoundResults {
	const voted = ballots(db, round.id);
	const resolved = voted.map((ballot) => ({ institution: ballot.institution, votes: board.index.resolveTallies(ballot.votes) }));
	return {
		...roundView(round),
		voters: voted.length,
		results: rankTargets(board, rawTallies(db, round.id)),
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
