import { describe, expect, it } from 'vitest';
import {
	decodeAwarenessUpdate,
	encodeAwarenessUpdate,
	type AwarenessEntry
} from '../../src/lib/realtime/awareness-update.ts';
import { MAX_IDS_PER_OWNER, OUTDATED_MS, RoomAwareness } from '../../src/lib/realtime/RoomAwareness.ts';

const entry = (clientId: number, clock: number, state: unknown): AwarenessEntry => ({
	clientId,
	clock,
	state: JSON.stringify(state)
});

describe('RoomAwareness', () => {
	it('round-trips the y-protocols encoding and refuses what does not decode', () => {
		const entries = [entry(7, 1, { user: { institution: 'Jobcenter' } }), entry(8, 3, null)];
		expect(decodeAwarenessUpdate(encodeAwarenessUpdate(entries))).toEqual(entries);
		const broken = encodeAwarenessUpdate([{ clientId: 1, clock: 1, state: '{not json' }]);
		expect(() => decodeAwarenessUpdate(broken)).toThrow();
		expect(() => decodeAwarenessUpdate(encodeAwarenessUpdate(entries).subarray(0, 5))).toThrow();
	});

	it('applies newer clocks only and forwards what changed', () => {
		const room = new RoomAwareness<string>();
		expect(room.apply('a', [entry(1, 1, { x: 1 })])).toHaveLength(1);
		expect(room.apply('a', [entry(1, 1, { x: 2 })])).toEqual([]);
		expect(room.apply('a', [entry(1, 2, { x: 2 })])).toEqual([entry(1, 2, { x: 2 })]);
		expect(room.snapshot()).toEqual([entry(1, 2, { x: 2 })]);
	});

	it("lets no connection set or remove another connection's state", () => {
		const room = new RoomAwareness<string>();
		room.apply('a', [entry(1, 1, { name: 'A' })]);
		expect(room.apply('b', [entry(1, 5, { name: 'spoofed' })])).toEqual([]);
		expect(room.apply('b', [entry(1, 5, null)])).toEqual([]);
		expect(room.snapshot()).toEqual([entry(1, 1, { name: 'A' })]);
	});

	it('lets the same party take over its id with a newer state, as a reconnecting browser does', () => {
		const room = new RoomAwareness<{ session: string }>((a, b) => a.session === b.session);
		const oldSocket = { session: 's1' };
		const newSocket = { session: 's1' };
		const stranger = { session: 's2' };
		room.apply(oldSocket, [entry(1, 4, { name: 'A' })]);
		expect(room.apply(stranger, [entry(1, 5, { name: 'spoofed' })])).toEqual([]);
		expect(room.apply(newSocket, [entry(1, 5, { name: 'A' })])).toEqual([entry(1, 5, { name: 'A' })]);
		// The dead socket, noticed later, no longer removes what the new one holds.
		expect(room.release(oldSocket)).toEqual([]);
		expect(room.snapshot()).toEqual([entry(1, 5, { name: 'A' })]);
	});

	it('removes the states of a connection that leaves, with a higher clock', () => {
		const room = new RoomAwareness<string>();
		room.apply('a', [entry(1, 4, { name: 'A' })]);
		room.apply('b', [entry(2, 1, { name: 'B' })]);
		expect(room.release('a')).toEqual([entry(1, 5, null)]);
		expect(room.snapshot()).toEqual([entry(2, 1, { name: 'B' })]);
		// The echo of the removal by another client changes nothing.
		expect(room.apply('b', [entry(1, 5, null)])).toEqual([]);
	});

	it('times out states nobody renewed and later forgets them', () => {
		const room = new RoomAwareness<string>();
		room.apply('a', [entry(1, 1, { name: 'A' })], 0);
		expect(room.expire(OUTDATED_MS - 1)).toEqual([]);
		expect(room.expire(OUTDATED_MS)).toEqual([entry(1, 1, null)]);
		expect(room.apply('a', [entry(1, 2, { name: 'A' })], OUTDATED_MS + 1)).toHaveLength(1);
	});

	it("skips the states of ids a connection may not change without decoding them", () => {
		const room = new RoomAwareness<string>();
		room.apply('a', [entry(1, 1, { name: 'A' })]);
		// Not JSON: decoding the state would throw, so a skipped entry proves it was not decoded.
		const broken = encodeAwarenessUpdate([{ clientId: 1, clock: 9, state: '{not json' }]);
		expect(room.receive('b', broken)).toBe(0);
		expect(() => room.receive('a', broken)).toThrow();
		// Framing is still checked for everyone.
		expect(() => room.receive('b', broken.subarray(0, broken.length - 1))).toThrow();
		expect(room.snapshot()).toEqual([entry(1, 1, { name: 'A' })]);
	});

	it('keeps an id that its connection left for that party: nobody else takes it up', () => {
		const room = new RoomAwareness<{ session: string }>((x, y) => x.session === y.session);
		const first = { session: 's1' };
		room.apply(first, [entry(1, 1, { name: 'A' })]);
		room.release(first);
		expect(room.apply({ session: 's2' }, [entry(1, 7, { name: 'spoofed' })])).toEqual([]);
		expect(room.apply({ session: 's1' }, [entry(1, 7, { name: 'A' })])).toEqual([entry(1, 7, { name: 'A' })]);
	});

	it(`lets one connection hold at most ${MAX_IDS_PER_OWNER} ids`, () => {
		const room = new RoomAwareness<string>();
		const many = Array.from({ length: MAX_IDS_PER_OWNER + 3 }, (_, i) => entry(100 + i, 1, { n: i }));
		expect(room.apply('a', many)).toHaveLength(MAX_IDS_PER_OWNER);
		expect(room.apply('b', [entry(200, 1, { n: 'b' })])).toHaveLength(1);
	});

	it('collects the latest change per client, with who sent it, until taken', () => {
		const room = new RoomAwareness<string>();
		room.apply('a', [entry(1, 1, { x: 1 })]);
		room.apply('a', [entry(1, 2, { x: 2 })]);
		room.apply('b', [entry(2, 1, { x: 9 })]);
		room.apply('b', [entry(1, 3, { x: 'echo' })]);
		expect(room.takeChanges()).toEqual([
			{ entry: entry(1, 2, { x: 2 }), from: 'a' },
			{ entry: entry(2, 1, { x: 9 }), from: 'b' }
		]);
		expect(room.takeChanges()).toEqual([]);
		room.release('a');
		expect(room.takeChanges()).toEqual([{ entry: entry(1, 3, null), from: null }]);
	});

	it('keeps renewals (the same state with a newer clock) apart from changes', () => {
		const room = new RoomAwareness<string>();
		room.apply('a', [entry(1, 1, { x: 1 })]);
		room.apply('b', [entry(2, 1, { x: 2 })]);
		room.takeChanges();
		room.apply('a', [entry(1, 2, { x: 1 })]);
		room.apply('b', [entry(2, 2, { x: 2 })]);
		room.apply('b', [entry(2, 3, { x: 3 })]);
		expect(room.takeChanges()).toEqual([{ entry: entry(2, 3, { x: 3 }), from: 'b' }]);
		expect(room.takeRenewals()).toEqual([{ entry: entry(1, 2, { x: 1 }), from: 'a' }]);
		expect(room.hasRenewals).toBe(false);
	});
});
