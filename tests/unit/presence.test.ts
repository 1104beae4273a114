import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { readFacilitatorState, type FacilitatorState, type StatePatch } from '../../src/lib/board/facilitator-state.ts';
import {
	namesVisible,
	PRESENCE_DELAY_MS,
	PresencePublisher,
	presencePatch,
	type Person,
	type PresenceRooms
} from '../../src/lib/server/rooms/presence.ts';
import type { Principal } from '../../src/lib/server/rooms/authenticate.ts';

const people: Person[] = [
	{ participantId: 'p1', name: 'Kübra Öztürk', institution: 'Jugendmigrationsdienst', authorKey: 'k1' },
	{ participantId: 'p2', name: 'Jan Weber', institution: 'Jobcenter', authorKey: 'k2' },
	{ participantId: 'p3', name: 'Ada Berg', institution: 'Jobcenter ', authorKey: 'k3' },
	{ participantId: 'p4', name: 'Blaue Eule', institution: '', authorKey: 'k4' },
	{ participantId: 'p5', name: 'Nicht Da', institution: 'IHK', authorKey: 'k5' }
];
const here = new Set(['p1', 'p2', 'p3', 'p4']);

describe('presence', () => {
	it('counts the people connected and their institutions, most present first, and no names', () => {
		expect(presencePatch(people, here, { showNames: false, minGroup: 2 })).toEqual({
			presence: {
				count: 4,
				institutions: [
					{ name: 'Jobcenter', count: 2 },
					{ name: null, count: 2 }
				],
				names: null
			},
			authorNames: null,
			authorInstitutions: { k1: null, k2: 'Jobcenter', k3: 'Jobcenter', k4: null, k5: null }
		});
	});

	it('shows no institution at all where none has K people in the workshop', () => {
		const { presence, authorInstitutions } = presencePatch(people, here, { showNames: false, minGroup: 3 });
		expect(presence.institutions).toEqual([]);
		expect(authorInstitutions).toBeNull();
	});

	it('lists names of those here, and every author, only when names are shown', () => {
		const { presence, authorNames } = presencePatch(people, here, { showNames: true, minGroup: 3 });
		expect(presence.names).toEqual(['Ada Berg', 'Blaue Eule', 'Jan Weber', 'Kübra Öztürk']);
		expect(authorNames).toEqual({ k1: 'Kübra Öztürk', k2: 'Jan Weber', k3: 'Ada Berg', k4: 'Blaue Eule', k5: 'Nicht Da' });
	});

	it('shows names only where the facilitator switched them on in a workshop that is not anonymous', () => {
		expect(namesVisible(true, false)).toBe(true);
		expect(namesVisible(true, true)).toBe(false);
		expect(namesVisible(false, false)).toBe(false);
	});
});

describe('PresencePublisher', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	const socket = (participantId: string | null, role: Principal['role'] = 'participant'): Principal => ({
		workshopId: 'w1',
		role,
		sessionId: `s-${participantId}`,
		userId: null,
		participantId
	});

	function setup(anonymous: boolean | null = true) {
		const privacy = anonymous === null ? null : { anonymous, minGroup: 3 };
		const sockets: Principal[] = [];
		const writes: Partial<FacilitatorState>[] = [];
		const rooms: PresenceRooms & { loaded: boolean } = {
			closed: false,
			loaded: true,
			isLoaded() {
				return this.loaded;
			},
			principals: () => sockets,
			async changeState(_id: string, patch: StatePatch) {
				const current = readFacilitatorState(new Y.Doc());
				const fields = typeof patch === 'function' ? patch({ ...current, showNames: true }) : patch;
				writes.push(fields);
				return { ...current, ...fields };
			}
		};
		const publisher = new PresencePublisher(rooms, { people: () => people, privacy: () => privacy }, () => {});
		return { sockets, writes, rooms, publisher };
	}

	it('publishes a burst of joins as one change, counting people rather than sockets', async () => {
		vi.useFakeTimers();
		const { sockets, writes, publisher } = setup();
		for (const p of ['p1', 'p1', 'p2', null]) {
			sockets.push(socket(p, p ? 'participant' : 'viewer'));
			publisher.schedule('w1');
		}
		expect(writes).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(PRESENCE_DELAY_MS);
		expect(writes).toHaveLength(1);
		expect(writes[0]!.presence!.count).toBe(2);
		// showNames is on in the document, but the workshop is anonymous.
		expect(writes[0]!.presence!.names).toBeNull();
		expect(writes[0]!.authorNames).toBeNull();
	});

	it('leaves unloaded and deleted workshops alone, and stops on shutdown', async () => {
		vi.useFakeTimers();
		const unloaded = setup();
		unloaded.rooms.loaded = false;
		await unloaded.publisher.publish('w1');
		expect(unloaded.writes).toHaveLength(0);
		const deleted = setup(null);
		await deleted.publisher.publish('w1');
		expect(deleted.writes).toHaveLength(0);
		const stopped = setup();
		stopped.publisher.schedule('w1');
		stopped.publisher.stop();
		await vi.advanceTimersByTimeAsync(PRESENCE_DELAY_MS * 2);
		expect(stopped.writes).toHaveLength(0);
	});
});
