import type { FacilitatorState } from '../../board/facilitator-state.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import { latestRound } from './rounds.ts';
import { rawTallies } from './votes.ts';

type VotingFields = Pick<FacilitatorState, 'voting' | 'revealed' | 'revealedRound'>;

/**
 * The voting fields of the facilitator state as the database has them now: the latest round's
 * rules and status, and the tallies of the latest revealed round. A round that is not revealed
 * never puts a number here: everyone reads this document.
 */
export function votingFields(db: Db, workshopId: string): VotingFields {
	const round = latestRound(db, workshopId);
	const revealed = latestRound(db, workshopId, 'revealed');
	return {
		voting: round
			? {
					round: round.number,
					status: round.status,
					budget: round.budget,
					maxPerTarget: round.maxPerTarget,
					targets: round.targets
				}
			: null,
		revealed: revealed ? rawTallies(db, revealed.id) : null,
		revealedRound: revealed?.number ?? null
	};
}

/**
 * Writes the voting fields into the state document, read from the database inside the document's
 * transaction: whatever order two facilitators' commands reach it in, the document ends as the
 * database is.
 */
export function publishVotingState(context: Pick<AppContext, 'db' | 'rooms'>, workshopId: string): Promise<FacilitatorState> {
	return context.rooms.changeState(workshopId, () => votingFields(context.db, workshopId));
}
