import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAwarenessUpdate } from '../../src/lib/realtime/awareness-update.ts';
import { awarenessMessage } from '../../src/lib/realtime/messages.ts';
import { createWorkshop, facilitator, join } from '../helpers/api.ts';
import { connect, processed, synced, type Client } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let workshop: { id: string; joinCode: string };
let tokens: string[];
const clients: Client[] = [];

beforeAll(async () => {
	server = await startServer();
	const anna = await facilitator(server, 'Anna');
	workshop = await createWorkshop(server, anna.token);
	tokens = [];
	for (let i = 0; i < 4; i++) tokens.push((await join(server, workshop.joinCode)).token);
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	removeDataDir(server.dataDir);
});

async function participant(i: number): Promise<Client> {
	const client = connect(server, workshop.id, tokens[i]!);
	clients.push(client);
	await synced(client);
	client.provider.awareness.setLocalState({ user: { name: `P${i}` } });
	return client;
}

const seen = (client: Client, other: Client) => client.provider.awareness.getStates().get(other.doc.clientID);

describe('presence with the stock y-websocket client', () => {
	it('shows every client the latest cursor of every other, coalesced, and drops a client that left', async () => {
		const room = await Promise.all([0, 1, 2].map(participant));
		for (let step = 1; step <= 50; step++) {
			for (const [i, client] of room.entries()) client.provider.awareness.setLocalStateField('cursor', { x: step, y: i });
		}
		await eventually(() => {
			for (const client of room) {
				for (const other of room) {
					if (other === client) continue;
					expect(seen(client, other)).toEqual({ user: expect.anything(), cursor: { x: 50, y: room.indexOf(other) } });
				}
			}
		});
		const [leaving, ...staying] = room;
		leaving!.destroy();
		await eventually(() => {
			for (const client of staying) expect(seen(client, leaving!)).toBeUndefined();
		});
	});

	it("lets no client set or remove another client's presence", async () => {
		const [victim, observer, spoofer] = await Promise.all([1, 2, 3].map(participant));
		await eventually(() => expect(seen(observer!, victim!)).toEqual({ user: { name: 'P1' } }));
		const clock = victim!.provider.awareness.meta.get(victim!.doc.clientID)!.clock;
		for (const state of ['{"user":{"name":"Mallory"}}', 'null']) {
			const forged = encodeAwarenessUpdate([{ clientId: victim!.doc.clientID, clock: clock + 10, state }]);
			spoofer!.provider.ws!.send(awarenessMessage(forged));
		}
		await processed(spoofer!);
		victim!.provider.awareness.setLocalStateField('cursor', { x: 1, y: 1 });
		await eventually(() => expect(seen(observer!, victim!)).toEqual({ user: { name: 'P1' }, cursor: { x: 1, y: 1 } }));
		expect(spoofer!.closes).toEqual([]);
	});
});
