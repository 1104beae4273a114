import { rankTargets, resultBoard, type ResultBoard, type RoundResults } from '../../board/vote-results.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import { getWorkshop, workshopSettings } from '../workshop/workshops.ts';
import { roundTally } from './round-tally.ts';
import { listRounds, type RoundRow } from './rounds.ts';
import { roundView } from './views.ts';

/**
 * The results of voting rounds, resolved against the board as it is now (merged clusters count
 * together, deleted ones drop out). The shape fits `VotingRound` of the export model
 * (src/lib/server/export/report.ts), with more fields.
 */

export function roundResults(db: Db, round: RoundRow, board: ResultBoard, minGroup: number): RoundResults {
	const tally = roundTally(db, round, minGroup);
	return {
		...roundView(round),
		voters: tally.voters,
		results: rankTargets(board, tally.tallies),
		breakdown: tally.groups.map((row) => ({ ...row, votes: board.index.resolveTallies(row.votes) }))
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
	const workshop = getWorkshop(context.db, workshopId);
	if (!workshop) return [];
	const { minGroup } = workshopSettings(workshop);
	const board = await context.rooms.read(workshopId, 'board', resultBoard);
	return rounds.map((round) => roundResults(context.db, round, board, minGroup));
}
