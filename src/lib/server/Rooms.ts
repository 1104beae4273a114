import { readFacilitatorState, writeFacilitatorState, type FacilitatorState } from '../board/facilitator-state.ts';
import { RoomRegistry } from '../realtime/RoomRegistry.ts';
import type { Principal } from './realtime-auth.ts';

export type StatePatch = Partial<FacilitatorState> | ((current: FacilitatorState) => Partial<FacilitatorState>);

/** The registry of live documents with the app's typed access to the facilitator state. */
export class Rooms extends RoomRegistry<Principal> {
	/**
	 * Changes a workshop's facilitator state, the one way it changes: in the live state document
	 * (loaded if needed), forwarded to every connected client and stored before this resolves.
	 */
	changeState(workshopId: string, patch: StatePatch): Promise<FacilitatorState> {
		return this.change(workshopId, 'state', (doc) =>
			writeFacilitatorState(doc, typeof patch === 'function' ? patch(readFacilitatorState(doc)) : patch)
		);
	}

	readState(workshopId: string): Promise<FacilitatorState> {
		return this.read(workshopId, 'state', readFacilitatorState);
	}
}
