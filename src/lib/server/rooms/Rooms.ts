import { readFacilitatorState, writeFacilitatorState, type FacilitatorState, type StatePatch } from '../../board/facilitator-state.ts';
import { RoomRegistry, type RegistryOptions } from '../../realtime/RoomRegistry.ts';
import { PresencePublisher, type PresenceDirectory } from './presence.ts';
import type { Principal } from './authenticate.ts';

/** The registry of live documents with the app's typed access to the facilitator state. */
export class Rooms extends RoomRegistry<Principal> {
	/** Who is here, kept up to date in the state document as sockets come and go. */
	readonly presence: PresencePublisher;

	constructor(options: RegistryOptions<Principal>, directory: PresenceDirectory) {
		super(options);
		this.presence = new PresencePublisher(this, directory, options.log ?? console.log);
	}

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

	override close(): Promise<void> {
		this.presence.stop();
		return super.close();
	}

	protected override membershipChanged(workshopId: string): void {
		this.presence.schedule(workshopId);
	}
}
