import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { encodeAwarenessUpdate as encodeEntries } from '../../src/lib/realtime/awareness-update.ts';
import type { Connection } from '../../src/lib/realtime/Connection.ts';
import type { DocRef } from '../../src/lib/realtime/doc-ref.ts';
import { awarenessMessage, MessageType } from '../../src/lib/realtime/messages.ts';
import { PRESENCE_TICK_MS, RENEWAL_TICK_MS } from '../../src/lib/realtime/Room.ts';
import { OUTDATED_MS } from '../../src/lib/realtime/RoomAwareness.ts';
import { RoomRegistry } from '../../src/lib/realtime/RoomRegistry.ts';
import { fakeConnection, MemoryPersistence, type FakeSocket } from '../helpers/local-room.ts';

interface Who {
	session: string;
}
const board: DocRef = { roomId: 'w1', doc: 'board' };

/**
 * A client with a y-protocols Awareness that behaves as the stock y-websocket client does: it sends
 * its own changes, and it re-sends every change it receives from others (yjs/yjs#732).
 */
class PresenceClient {
	readonly doc = new Y.Doc();
	readonly awareness = new Awareness(this.doc);
	readonly socket: FakeSocket;
	readonly connection: Connection<Who>;
	/** When (fake time) each awareness frame with content arrived. */
	frames: number[] = [];

	constructor(readonly who: Who) {
		({ socket: this.socket, connection: this.connection } = fakeConnection(who));
		// A live peer answers the server's keepalive pings.
		this.socket.ping = () => this.connection.pong();
		this.socket.onSend = (data) => {
			const decoder = decoding.createDecoder(data);
			if (decoding.readVarUint(decoder) !== MessageType.AWARENESS) return;
			const update = decoding.readVarUint8Array(decoder);
			if (update.length > 1) this.frames.push(Date.now());
			applyAwarenessUpdate(this.awareness, update, 'server');
		};
		this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
			const changed = [...added!, ...updated!, ...removed!];
			this.connection.receive(awarenessMessage(encodeAwarenessUpdate(this.awareness, changed)), true);
		});
	}

	set(state: Record<string, unknown>): void {
		this.awareness.setLocalState(state);
	}

	/** What this client sees of the others. */
	others(): Record<number, unknown> {
		return Object.fromEntries([...this.awareness.getStates()].filter(([id]) => id !== this.doc.clientID));
	}

	destroy(): void {
		this.awareness.destroy();
		this.doc.destroy();
	}
}

let registry: RoomRegistry<Who>;
let clients: PresenceClient[] = [];

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
	registry = new RoomRegistry<Who>({
		persistence: new MemoryPersistence(),
		policy: { mayWrite: () => true, sameParty: (a, b) => a.session === b.session },
		graceMs: 60_000,
		keepaliveMs: 10_000,
		compactAfterRows: 500,
		log: () => {}
	});
});

afterEach(async () => {
	for (const client of clients) client.destroy();
	clients = [];
	vi.useRealTimers();
	await registry.close();
});

async function join(count: number): Promise<PresenceClient[]> {
	const joined: PresenceClient[] = [];
	for (let i = 0; i < count; i++) {
		const client = new PresenceClient({ session: `s${clients.length}` });
		clients.push(client);
		await registry.connect(board, client.connection);
		client.set({ user: { name: `P${i}` } });
		joined.push(client);
	}
	vi.advanceTimersByTime(2 * PRESENCE_TICK_MS);
	for (const client of joined) client.frames = [];
	return joined;
}

/** What every client should see of the others: their latest local states. */
function expectEveryoneSeesTheLatest(room: PresenceClient[]): void {
	for (const client of room) {
		const expected = Object.fromEntries(
			room.filter((other) => other !== client).map((other) => [other.doc.clientID, other.awareness.getLocalState()])
		);
		expect(client.others()).toEqual(expected);
	}
}

describe('presence coalescing', () => {
	it('sends each connection at most one frame per tick, and everyone sees the latest state within two ticks', async () => {
		const room = await join(8);
		// Every client moves its cursor every 7 ms for a second: 1,144 changes, and their echoes.
		for (let step = 0; step < 143; step++) {
			for (const [i, client] of room.entries()) client.set({ user: { name: `P${i}` }, cursor: { x: step, y: i } });
			vi.advanceTimersByTime(7);
		}
		vi.advanceTimersByTime(2 * PRESENCE_TICK_MS);
		expectEveryoneSeesTheLatest(room);
		for (const client of room) {
			expect(client.frames.length).toBeLessThanOrEqual(1_000 / PRESENCE_TICK_MS + 3);
			for (let i = 1; i < client.frames.length; i++) {
				expect(client.frames[i]! - client.frames[i - 1]!).toBeGreaterThanOrEqual(PRESENCE_TICK_MS);
			}
		}
	});

	it('sends a lone change at once', async () => {
		const [a, b] = await join(2);
		vi.advanceTimersByTime(PRESENCE_TICK_MS);
		a!.set({ user: { name: 'P0' }, cursor: { x: 1, y: 1 } });
		expect(b!.others()[a!.doc.clientID]).toEqual({ user: { name: 'P0' }, cursor: { x: 1, y: 1 } });
	});

	it('coalesces renewals on a slower tick that still reaches everyone before they time a client out', async () => {
		const room = await join(12);
		vi.advanceTimersByTime(RENEWAL_TICK_MS);
		for (const client of room) client.frames = [];
		const refreshed = new Map<string, { clock: number; at: number }>();
		// Nobody changes anything for two minutes; each client renews its state every 15 s, at its own phase.
		for (let t = 0; t < 120_000; t += 100) {
			for (const [i, client] of room.entries()) {
				if ((t + i * 1_300) % 15_000 === 0) client.set(client.awareness.getLocalState()!);
			}
			vi.advanceTimersByTime(100);
			for (const client of room) {
				for (const other of room) {
					if (other === client) continue;
					const key = `${client.doc.clientID}/${other.doc.clientID}`;
					const clock = client.awareness.meta.get(other.doc.clientID)!.clock;
					const last = refreshed.get(key);
					if (!last || clock > last.clock) refreshed.set(key, { clock, at: Date.now() });
					else expect(Date.now() - last.at).toBeLessThan(OUTDATED_MS);
				}
			}
			expectEveryoneSeesTheLatest(room);
		}
		// Forwarded one by one, the 11 others' 8 renewals each would be 88 frames.
		for (const client of room) expect(client.frames.length).toBeLessThanOrEqual(120_000 / RENEWAL_TICK_MS + 1);
	});

	it('removes a departed client for everyone within one tick', async () => {
		const room = await join(4);
		const [leaving, ...staying] = room;
		staying[0]!.set({ user: { name: 'P1' }, cursor: { x: 5, y: 5 } });
		leaving!.socket.close();
		vi.advanceTimersByTime(PRESENCE_TICK_MS);
		for (const client of staying) expect(client.others()).not.toHaveProperty(String(leaving!.doc.clientID));
		expectEveryoneSeesTheLatest(staying);
	});

	it("never lets a connection set or remove another connection's state", async () => {
		const [a, b, spoofer] = await join(3);
		const id = a!.doc.clientID;
		const clock = a!.awareness.meta.get(id)!.clock;
		const forged = (state: string) => awarenessMessage(encodeEntries([{ clientId: id, clock: clock + 5, state }]));
		spoofer!.connection.receive(forged('{"user":{"name":"Mallory"}}'), true);
		spoofer!.connection.receive(forged('null'), true);
		vi.advanceTimersByTime(2 * PRESENCE_TICK_MS);
		expect(b!.others()[id]).toEqual({ user: { name: 'P0' } });
		expect(spoofer!.connection.closed).toBe(false);
	});
});
