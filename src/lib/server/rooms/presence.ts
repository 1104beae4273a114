import type { FacilitatorState, Presence, StatePatch } from '../../board/facilitator-state.ts';
import { countByInstitution, DEFAULT_MIN_GROUP, institutionGroups } from '../../board/institution-groups.ts';
import type { Principal } from './authenticate.ts';

/**
 * Who is here, published by the server into the state document from its own list of admitted
 * sockets. Clients put nothing about themselves into awareness for this: what they claim there
 * could be false, and in an anonymous workshop a name or institution next to a client id would
 * tie that person to whatever else the client does. The aggregate carries names, and the
 * authorKey → name table that labels cards, only while the workshop shows names; institutions, on
 * presence and on cards, only as far as the K rule of institution-groups.ts lets them.
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
	/** The workshop's anonymity and K settings; null once the workshop is gone. */
	privacy(workshopId: string): Privacy | null;
}

export interface Privacy {
	anonymous: boolean;
	minGroup: number;
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

export type PresenceFields = Pick<FacilitatorState, 'presence' | 'authorNames' | 'authorInstitutions'>;

/**
 * The presence fields of the state document for the people connected now. Institutions are
 * grouped over everyone who joined the workshop, not only those connected, so that a group does
 * not shrink below K when people leave the room.
 */
export function presencePatch(
	people: readonly Person[],
	connected: ReadonlySet<string>,
	options: { showNames: boolean; minGroup: number }
): PresenceFields {
	const { showNames, minGroup } = options;
	const groups = institutionGroups(people.map((person) => person.institution), minGroup);
	const here = people.filter((person) => connected.has(person.participantId));
	const presence: Presence = {
		count: here.length,
		institutions: countByInstitution(groups, here.map((person) => person.institution)),
		names: showNames ? here.map((person) => person.name).sort(byGerman) : null
	};
	const authorNames = showNames ? Object.fromEntries(people.map((p) => [p.authorKey, p.name])) : null;
	const authorInstitutions = groups.named ? Object.fromEntries(people.map((p) => [p.authorKey, groups.label(p.institution)])) : null;
	return { presence, authorNames, authorInstitutions };
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
		const privacy = this.directory.privacy(workshopId);
		if (privacy === null) return;
		await this.rooms.changeState(workshopId, (current) =>
			this.fields(workshopId, namesVisible(current.showNames, privacy.anonymous))
		);
	}

	/** The presence fields for who is connected now, for a state change that decides about names. */
	fields(workshopId: string, showNames: boolean): PresenceFields {
		const minGroup = this.directory.privacy(workshopId)?.minGroup ?? DEFAULT_MIN_GROUP;
		const connected = new Set(
			this.rooms
				.principals(workshopId)
				.flatMap((p) => (p.role === 'participant' && p.participantId ? [p.participantId] : []))
		);
		return presencePatch(this.directory.people(workshopId), connected, { showNames, minGroup });
	}

	stop(): void {
		for (const timer of this.pending.values()) clearTimeout(timer);
		this.pending.clear();
	}
}
