import { readFacilitatorState, writeFacilitatorState, type FacilitatorState } from '../board/facilitator-state.ts';
import type { Rooms } from './realtime.ts';

type Patch = Partial<FacilitatorState> | ((current: FacilitatorState) => Partial<FacilitatorState>);

/**
 * Changes a workshop's facilitator state, the one way it changes: in the live state document,
 * forwarded to every connected client and stored before this resolves.
 */
export function changeFacilitatorState(rooms: Rooms, workshopId: string, patch: Patch): Promise<FacilitatorState> {
	return rooms.change(workshopId, 'state', (doc) =>
		writeFacilitatorState(doc, typeof patch === 'function' ? patch(readFacilitatorState(doc)) : patch)
	);
}

export function facilitatorState(rooms: Rooms, workshopId: string): Promise<FacilitatorState> {
	return rooms.read(workshopId, 'state', readFacilitatorState);
}
