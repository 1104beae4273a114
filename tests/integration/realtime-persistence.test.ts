import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { addCard, cardIds, connect, storedDoc, storedUpdates, synced, type Client } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

const COMPACT_ROWS = 10;
let server: RunningServer;
let anna: Facilitator;
const clients: Client[] = [];

function client(room: string, token: string): Client {
	const created = connect(server, room, token);
	clients.push(created);
	return created;
}

beforeAll(async () => {
	server = await startServer({ env: { ROOM_GRACE_MS: '300', DOC_COMPACT_ROWS: String(COMPACT_ROWS) } });
	anna = await facilitator(server, 'Anna');
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	removeDataDir(server.dataDir);
});

describe('persistence of the realtime documents', () => {
	it('stores a burst of updates in a few batched rows', async () => {
		const workshop = await createWorkshop(server, anna.token);
		const writer = client(workshop.id, anna.token);
		await synced(writer);
		for (let i = 0; i < 50; i++) addCard(writer.doc, `burst-${i}`, `Karte ${i}`);
		await eventually(() => expect(cardIds(storedDoc(server.dataDir, workshop.id))).toHaveLength(50));
		const rows = storedUpdates(server.dataDir, workshop.id).length;
		console.log(`50 updates sent at once were stored in ${rows} row(s)`);
		expect(rows).toBeLessThanOrEqual(5);
		writer.destroy();
	});

	it('compacts the log into one row once it passes the threshold', async () => {
		const workshop = await createWorkshop(server, anna.token);
		const writer = client(workshop.id, anna.token);
		await synced(writer);
		const counts: number[] = [];
		for (let i = 0; i <= COMPACT_ROWS; i++) {
			addCard(writer.doc, `card-${i}`, `Karte ${i}`);
			await eventually(() => expect(storedDoc(server.dataDir, workshop.id).getMap('cards').has(`card-${i}`)).toBe(true));
			counts.push(storedUpdates(server.dataDir, workshop.id).length);
		}
		// One row per flush, until the eleventh passes the threshold and all become one.
		expect(counts).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1]);
		const [row] = storedUpdates(server.dataDir, workshop.id);
		const compacted = new Y.Doc();
		Y.applyUpdate(compacted, row!);
		expect(Y.encodeStateVector(compacted)).toEqual(Y.encodeStateVector(writer.doc));
		expect(cardIds(compacted)).toHaveLength(COMPACT_ROWS + 1);
		writer.destroy();
	});

	it('unloads a workshop after its last client left plus the grace period, and reloads the same state', async () => {
		const workshop = await createWorkshop(server, anna.token);
		const member = await join(server, workshop.joinCode);
		const first = client(workshop.id, anna.token);
		const second = client(workshop.id, member.token);
		await Promise.all([synced(first), synced(second)]);
		for (let i = 0; i < 20; i++) addCard(i % 2 ? first.doc : second.doc, `kept-${i}`, `Karte ${i}`);
		await api(server, 'POST', `/api/workshops/${workshop.id}/phase`, { token: anna.token, body: { phase: 'sammeln' } });
		await eventually(() => expect(cardIds(second.doc)).toHaveLength(20));
		await eventually(() => expect(cardIds(first.doc)).toHaveLength(20));
		const stateVector = Y.encodeStateVector(first.doc);
		first.destroy();
		second.destroy();

		await eventually(() => {
			expect(server.output()).toContain(`realtime ${workshop.id}: unloaded`);
			const live = [...server.output().matchAll(/\((\d+) live\)/g)].map((m) => Number(m[1]));
			expect(live.at(-1)).toBe(0);
		});
		expect(Y.encodeStateVector(storedDoc(server.dataDir, workshop.id))).toEqual(stateVector);

		const again = client(workshop.id, member.token);
		await synced(again);
		// Loaded before the first sync reply: the cards are there the moment the client is synced.
		expect(cardIds(again.doc)).toHaveLength(20);
		expect(Y.encodeStateVector(again.doc)).toEqual(stateVector);
		const state = client(`${workshop.id}/state`, member.token);
		await synced(state);
		expect(state.doc.getMap('state').get('phase')).toBe('sammeln');
		const loads = server.output().split('\n').filter((line) => line.includes(`realtime ${workshop.id}: loaded`));
		expect(loads).toHaveLength(2);
	});
});
