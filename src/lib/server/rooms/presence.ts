import type { FacilitatorState, Presence, StatePatch } from '../../board/facilitator-state.ts';
import type { Principal } from './authenticate.ts';

/**
 * Who is here, published by the server into the state document from its own list of admitted
 * sockets. Clients put nothing about themselves into awareness for this: what they claim there
 * could be false, and in an anonymous workshop a name or institution next to a client id would
 * tie that person to whatever else the client does. The aggregate carries names, and the
 * authorKey → name table that labels cards, only while the workshop shows names.
 */

export interface Person {
	participantId: string;
	name: string;
	institution: string;
	authorKey: string;
}

/** What presence needs from the database, passed in so that this module stays testable. */
export interface PresenceDirectory {
	/** Every participant of the workshop. */
	people(workshopId: string): Person[];
	/** The workshop's anonymity setting; null once the workshop is gone. */
	anonymous(workshopId: string): boolean | null;
}

/** What presence needs from the registry. */
export interface PresenceRooms {
	readonly closed: boolean;
	isLoaded(workshopId: string): boolean;
	principals(workshopId: string): Principal[];
	changeState(workshopId: string, patch: StatePatch): Promise<FacilitatorState>;
}

/** Joins and leaves within this time are published as one change (60 phones scanning at once). */
export const PRESENCE_DELAY_MS = 250;

/** Names are shown only where the facilitator switched them on and the workshop is not anonymous. */
export function namesVisible(showNames: boolean, anonymous: boolean): boolean {
	return showNames && !anonymous;
}

const byGerman = (a: string, b: string) => a.localeCompare(b, 'de');

/** The presence fields of the state document for the people connected now. */
export function presencePatch(
	people: readonly Person[],
	connected: ReadonlySet<string>,
	showNames: boolean
): Pick<FacilitatorState, 'presence' | 'authorNames'> {
	const here = people.filter((person) => connected.has(person.participantId));
	const institutions = new Map<string, number>();
	for (const { institution } of here) {
		const name = institution.trim();
		if (name) institutions.set(name, (institutions.get(name) ?? 0) + 1);
	}
	const presence: Presence = {
		count: here.length,
		institutions: [...institutions]
			.map(([name, count]) => ({ name, count }))
			.sort((a, b) => b.count - a.count || byGerman(a.name, b.name)),
		names: showNames ? here.map((person) => person.name).sort(byGerman) : null
	};
	const authorNames = showNames ? Object.fromEntries(people.map((p) => [p.authorKey, p.name])) : null;
	return { presence, authorNames };
}

/** Coalesces membership changes per workshop and writes the aggregate into the state document. */
export class PresencePublisher {
	private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

	constructor(
		private readonly rooms: PresenceRooms,
		private readonly directory: PresenceDirectory,
		private readonly log: (line: string) => void,
		private readonly delayMs = PRESENCE_DELAY_MS
	) {}

	/** Publishes within `delayMs`; further calls until then are part of the same publication. */
	schedule(workshopId: string): void {
		if (this.pending.has(workshopId) || this.rooms.closed) return;
		const timer = setTimeout(() => {
			this.pending.delete(workshopId);
			this.publish(workshopId).catch((error: unknown) =>
				this.log(`presence ${workshopId}: not published (${error instanceof Error ? error.message : error})`)
			);
		}, this.delayMs);
		timer.unref?.();
		this.pending.set(workshopId, timer);
	}

	/** Publishes now, for a workshop in memory (an unloaded one has nobody to tell). */
	async publish(workshopId: string): Promise<void> {
		if (this.rooms.closed || !this.rooms.isLoaded(workshopId)) return;
		const anonymous = this.directory.anonymous(workshopId);
		if (anonymous === null) return;
		await this.rooms.changeState(workshopId, (current) =>
			this.fields(workshopId, namesVisible(current.showNames, anonymous))
		);
	}

	/** The presence fields for who is connected now, for a state change that decides about names. */
	fields(workshopId: string, showNames: boolean): Pick<FacilitatorState, 'presence' | 'authorNames'> {
		const connected = new Set(
			this.rooms
				.principals(workshopId)
				.flatMap((p) => (p.role === 'participant' && p.participantId ? [p.participantId] : []))
		);
		return presencePatch(this.directory.people(workshopId), connected, showNames);
	}

	stop(): void {
		for (const timer of this.pending.values()) clearTimeout(timer);
		this.pending.clear();
	}
}
