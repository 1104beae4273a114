import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../src/lib/realtime/close-codes.ts';
import { KEEPALIVE_MESSAGE } from '../../src/lib/realtime/Connection.ts';
import type { DocRef } from '../../src/lib/realtime/doc-ref.ts';
import { syncStep1Message, updateMessage } from '../../src/lib/realtime/messages.ts';
import { RoomRegistry, type RegistryOptions } from '../../src/lib/realtime/RoomRegistry.ts';
import { fakeConnection, LocalClient, MemoryPersistence } from '../helpers/local-room.ts';
import { eventually } from '../helpers/retry.ts';

interface Who {
	role: 'participant' | 'viewer';
}
const participant: Who = { role: 'participant' };
const viewer: Who = { role: 'viewer' };
const board: DocRef = { roomId: 'w1', doc: 'board' };

const registries: RoomRegistry<Who>[] = [];
afterEach(async () => {
	await Promise.allSettled(registries.splice(0).map((r) => r.close()));
});

function setup(options: Partial<RegistryOptions<Who>> = {}) {
	const persistence = new MemoryPersistence();
	const log: string[] = [];
	const registry = new RoomRegistry<Who>({
		persistence,
		policy: { mayWrite: (who, doc) => doc === 'board' && who.role !== 'viewer', sameParty: (a, b) => a === b },
		graceMs: 60_000,
		keepaliveMs: 3_600_000,
		compactAfterRows: 500,
		flushDelayMs: 10,
		log: (line) => log.push(line),
		...options
	});
	registries.push(registry);
	return { registry, persistence, log };
}

async function joined(registry: RoomRegistry<Who>, who: Who, ref = board) {
	const client = new LocalClient(who);
	await client.join(registry, ref);
	return client;
}

function addCard(doc: Y.Doc, id: string) {
	doc.getMap('cards').set(id, new Y.Map([['text', id]]));
}

const liveDoc = (registry: RoomRegistry<Who>, ref = board) => registry.read(ref.roomId, ref.doc, (doc) => doc);

describe('RoomRegistry', () => {
	it('syncs two clients and sends nothing before the document has loaded', async () => {
		const { registry, persistence } = setup();
		const seed = new Y.Doc();
		addCard(seed, 'stored');
		await persistence.append(board, [Y.encodeStateAsUpdate(seed)]);

		const { socket, connection } = fakeConnection(participant);
		connection.receive(syncStep1Message(new Y.Doc()), true);
		expect(socket.sent).toHaveLength(0);
		await registry.connect(board, connection);
		// The server's SyncStep1 first, then the answer to the early SyncStep1 with the stored card.
		expect(socket.sent.map((m) => [m[0], m[1]])).toEqual([[0, 0], [0, 1]]);

		const a = await joined(registry, participant);
		const b = await joined(registry, participant);
		expect([...a.doc.getMap('cards').keys()]).toEqual(['stored']);
		addCard(a.doc, 'c1');
		expect([...b.doc.getMap('cards').keys()].sort()).toEqual(['c1', 'stored']);
	});

	it("drops a read-only client's updates unseen but answers its SyncStep1", async () => {
		const { registry, persistence } = setup();
		const writer = await joined(registry, participant);
		addCard(writer.doc, 'visible');
		const beamer = await joined(registry, viewer);
		expect([...beamer.doc.getMap('cards').keys()]).toEqual(['visible']);
		const other = await joined(registry, participant);

		addCard(beamer.doc, 'forbidden');
		await registry.change('w1', 'board', () => {});
		expect((await liveDoc(registry)).getMap('cards').has('forbidden')).toBe(false);
		expect(other.doc.getMap('cards').has('forbidden')).toBe(false);
		expect(persistence.storedDoc(board).getMap('cards').has('forbidden')).toBe(false);
		expect(beamer.connection.closed).toBe(false);
	});

	it('lets no client change the state document', async () => {
		const { registry, persistence } = setup();
		const stateRef: DocRef = { roomId: 'w1', doc: 'state' };
		const client = await joined(registry, participant, stateRef);
		const reader = await joined(registry, participant, stateRef);
		client.doc.getMap('state').set('locked', true);
		await registry.change('w1', 'state', (doc) => doc.getMap('state').set('phase', 'sammeln'));
		expect(client.doc.getMap('state').get('phase')).toBe('sammeln');
		expect(reader.doc.getMap('state').toJSON()).toEqual({ phase: 'sammeln' });
		expect((await liveDoc(registry, stateRef)).getMap('state').toJSON()).toEqual({ phase: 'sammeln' });
		expect(persistence.storedDoc(stateRef).getMap('state').toJSON()).toEqual({ phase: 'sammeln' });
	});

	it('stores a burst of updates in one write after the batch delay', async () => {
		const { registry, persistence } = setup();
		const client = await joined(registry, participant);
		for (let i = 0; i < 30; i++) addCard(client.doc, `card${i}`);
		expect(persistence.appends).toBe(0);
		await eventually(() => expect(persistence.storedDoc(board).getMap('cards').size).toBe(30));
		expect(persistence.appends).toBe(1);
		expect(persistence.stored(board)).toHaveLength(1);
	});

	it('keeps updates pending through failed writes and stores them once writing works again', async () => {
		const { registry, persistence, log } = setup();
		persistence.failWrites = 3;
		const client = await joined(registry, participant);
		addCard(client.doc, 'first');
		addCard(client.doc, 'second');
		await eventually(() => expect(persistence.storedDoc(board).getMap('cards').size).toBe(2), 5_000);
		expect(log.filter((line) => line.includes('storing 2 updates failed'))).toHaveLength(3);
	});

	it('compacts the stored log into one update of the live document', async () => {
		const { registry, persistence } = setup({ compactAfterRows: 3 });
		const client = await joined(registry, participant);
		for (let i = 0; i < 4; i++) {
			addCard(client.doc, `card${i}`);
			await registry.change('w1', 'board', () => {});
		}
		expect(persistence.compactions).toBe(1);
		expect(persistence.stored(board)).toHaveLength(1);
		expect(Y.encodeStateVector(persistence.storedDoc(board))).toEqual(Y.encodeStateVector(client.doc));
	});

	it('unloads a workshop after the grace period and reloads the same state', async () => {
		const { registry, log } = setup({ graceMs: 20 });
		const client = await joined(registry, participant);
		addCard(client.doc, 'kept');
		const before = Y.encodeStateVector(client.doc);
		client.connection.close(1000, 'bye');
		expect(registry.size).toBe(1);
		await eventually(() => expect(registry.size).toBe(0));
		expect(log.at(-1)).toContain('unloaded');
		const again = await joined(registry, participant);
		expect(Y.encodeStateVector(again.doc)).toEqual(before);
	});

	it('keeps a workshop in memory while its updates cannot be stored', async () => {
		const { registry, persistence } = setup({ graceMs: 10 });
		persistence.failWrites = 1_000_000;
		const client = await joined(registry, participant);
		addCard(client.doc, 'precious');
		client.connection.close(1000, 'bye');
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(registry.size).toBe(1);
		persistence.failWrites = 0;
		await eventually(() => expect(registry.size).toBe(0), 10_000);
		expect(persistence.storedDoc(board).getMap('cards').has('precious')).toBe(true);
	});

	it('closes the sockets of a workshop whose data is gone with 4404', async () => {
		const { registry, persistence } = setup();
		const client = await joined(registry, participant);
		persistence.gone = true;
		addCard(client.doc, 'late');
		await eventually(() => expect(client.socket.closeCode).toBe(CloseCode.GONE));
		expect(registry.size).toBe(0);
	});

	it('on shutdown closes every socket with 1012 and stores what is pending; twice is harmless', async () => {
		const { registry, persistence } = setup({ flushDelayMs: 60_000 });
		const a = await joined(registry, participant);
		const b = await joined(registry, participant, { roomId: 'w2', doc: 'board' });
		addCard(a.doc, 'pending');
		expect(persistence.stored(board)).toHaveLength(0);
		const first = registry.close();
		expect(registry.close()).toBe(first);
		await first;
		expect([a.socket.closeCode, b.socket.closeCode]).toEqual([CloseCode.RESTART, CloseCode.RESTART]);
		expect(persistence.storedDoc(board).getMap('cards').has('pending')).toBe(true);
		const late = fakeConnection(participant);
		await registry.connect(board, late.connection);
		expect(late.socket.closeCode).toBe(CloseCode.RESTART);
	});

	it('sends every socket a keepalive and drops one that stops answering pings', async () => {
		const { registry } = setup({ keepaliveMs: 20 });
		const keepalives = (client: LocalClient<Who>) =>
			client.socket.sent.filter((m) => m.length === KEEPALIVE_MESSAGE.length && m.every((v, i) => v === KEEPALIVE_MESSAGE[i]))
				.length;
		const quiet = await joined(registry, participant);
		const dead = await joined(registry, participant);
		const pong = setInterval(() => quiet.connection.pong(), 5);
		try {
			await eventually(() => expect(keepalives(quiet)).toBeGreaterThanOrEqual(5));
		} finally {
			clearInterval(pong);
		}
		expect(quiet.socket.closeCode).toBeNull();
		expect(dead.socket.pings).toBe(1);
		expect(dead.socket.closeCode).toBe(1006);
	});

	it('closes a connection that floods with 1008 and leaves the others alone', async () => {
		const { registry } = setup();
		const flooder = await joined(registry, participant);
		const calm = await joined(registry, participant);
		const message = updateMessage(Y.encodeStateAsUpdate(new Y.Doc()));
		for (let i = 0; i < 500 && !flooder.connection.closed; i++) flooder.connection.receive(message, true);
		expect(flooder.socket.closeCode).toBe(CloseCode.POLICY);
		addCard(calm.doc, 'still-fine');
		expect((await liveDoc(registry)).getMap('cards').has('still-fine')).toBe(true);
	});
});
