import { silentCollecting, type FacilitatorState } from '../../board/facilitator-state.ts';
import type { AppContext } from '../context.ts';
import { revealWaiting, waitingCounts } from './silent-cards.ts';

/** The waiting cards' counts in the state document, read inside the change so they are never stale. */
export function publishWaitingCounts(context: AppContext, workshopId: string): Promise<FacilitatorState> {
	return context.rooms.changeState(workshopId, () => waitingCounts(context.db, workshopId));
}

/** Why a participant cannot hand in a card now, or null when they can. */
export async function postingRefusal(context: AppContext, workshopId: string): Promise<'not_silent' | 'locked' | null> {
	const state = await context.rooms.readState(workshopId);
	if (!silentCollecting(state)) return 'not_silent';
	return state.locked ? 'locked' : null;
}

/** "Aufdecken" (or releasing held-back cards): onto the board in one transaction, then the counts. */
export async function revealCards(
	context: AppContext,
	workshopId: string,
	ids?: readonly string[]
): Promise<{ revealed: string[]; state: FacilitatorState }> {
	const revealed = await context.rooms.change(workshopId, 'board', (doc) =>
		revealWaiting(context.db, doc, workshopId, ids)
	);
	return { revealed, state: await publishWaitingCounts(context, workshopId) };
}
