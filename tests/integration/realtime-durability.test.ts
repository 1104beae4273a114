import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createWorkshop, facilitator, join } from '../helpers/api.ts';
import { addCard, cardIds, connect, storedDoc, synced, type Client } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { makeDataDir, removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

/** The room's batch interval: an update waits at most this long before it is written. */
const BATCH_MS = 50;

const clients: Client[] = [];
const servers: RunningServer[] = [];
const dataDirs: string[] = [];

afterEach(async () => {
	for (const c of clients.splice(0)) c.destroy();
	for (const s of servers.splice(0)) await s.stop();
	for (const dir of dataDirs.splice(0)) removeDataDir(dir);
});

async function server(options: { dataDir: string; port?: number }) {
	const started = await startServer(options);
	servers.push(started);
	return started;
}

function client(running: RunningServer, room: string, token: string): Client {
	const created = connect(running, room, token);
	clients.push(created);
	return created;
}

describe('durability', () => {
	it('loses nothing received more than the batch interval before kill -9; clients reconnect and converge', async () => {
		const dataDir = makeDataDir();
		dataDirs.push(dataDir);
		const first = await server({ dataDir });
		const anna = await facilitator(first, 'Anna');
		const workshop = await createWorkshop(first, anna.token);
		const writers: Client[] = [];
		for (let i = 0; i < 10; i++) writers.push(client(first, workshop.id, (await join(first, workshop.joinCode)).token));
		const observer = client(first, workshop.id, anna.token);
		await Promise.all([...writers, observer].map((c) => synced(c)));

		// When the observer sees a card, the server has applied it: that is when it was received.
		const received = new Map<string, number>();
		observer.doc.getMap('cards').observe((event) => {
			for (const [key, change] of event.changes.keys) if (change.action === 'add') received.set(key, Date.now());
		});
		const written = new Set<string>();
		let sequence = 0;
		let second: RunningServer;
		const typing = writers.map((writer, w) =>
			setInterval(() => {
				const id = `w${w}-${sequence++}`;
				written.add(id);
				addCard(writer.doc, id, `Karte ${id}`, `author-${w}`);
			}, 15 + w)
		);
		try {
			await eventually(() => expect(received.size).toBeGreaterThanOrEqual(300), 20_000);
			const killedAt = Date.now();
			await first.kill();

			const stored = storedDoc(dataDir, workshop.id).getMap('cards');
			const due = [...received].filter(([, at]) => at <= killedAt - BATCH_MS);
			const missing = due.filter(([id]) => !stored.has(id)).map(([id]) => id);
			const late = [...received].filter(([id, at]) => at > killedAt - BATCH_MS && !stored.has(id));
			console.log(
				`kill -9: ${received.size} cards received, ${due.length} more than ${BATCH_MS} ms before the kill, ` +
					`${stored.size} stored, ${missing.length} of the due ones missing, ${late.length} younger ones not stored yet`
			);
			expect(missing).toEqual([]);

			// The clients keep writing while the server is down and reconnect on their own.
			second = await server({ dataDir, port: first.port });
			await eventually(() => expect(writers.every((w) => w.provider.synced)).toBe(true), 20_000);
			await new Promise((resolve) => setTimeout(resolve, 200));
		} finally {
			for (const timer of typing) clearInterval(timer);
		}
		const expected = [...written].sort();
		await eventually(() => {
			for (const c of [...writers, observer]) expect(cardIds(c.doc)).toEqual(expected);
		}, 20_000);
		const fresh = client(second, workshop.id, anna.token);
		await synced(fresh);
		expect(cardIds(fresh.doc)).toEqual(expected);
		await eventually(() => expect(cardIds(storedDoc(dataDir, workshop.id))).toEqual(expected));
		for (const writer of writers) expect(writer.closes).toContain(1006);
		console.log(`after restart: ${expected.length} cards written in all, every client and the database hold all of them`);
	}, 90_000);

	it('on SIGTERM stores pending updates, closes sockets with 1012 and exits 0, even when signalled twice', async () => {
		const dataDir = makeDataDir();
		dataDirs.push(dataDir);
		const running = await server({ dataDir });
		const anna = await facilitator(running, 'Anna');
		const workshop = await createWorkshop(running, anna.token);
		const member = await join(running, workshop.joinCode);
		const writer = client(running, workshop.id, anna.token);
		const observer = client(running, workshop.id, member.token);
		await Promise.all([synced(writer), synced(observer)]);

		addCard(writer.doc, 'last-second', 'kurz vor dem Herunterfahren');
		await eventually(() => expect(observer.doc.getMap('cards').has('last-second')).toBe(true), 10_000, 1);
		running.process.kill('SIGTERM');
		running.process.kill('SIGTERM');
		expect(await running.exited).toBe(0);

		expect(storedDoc(dataDir, workshop.id).getMap('cards').has('last-second')).toBe(true);
		await eventually(() => {
			expect(writer.closes[0]).toBe(1012);
			expect(observer.closes[0]).toBe(1012);
		});
		expect(running.output().match(/shutting down/g)).toHaveLength(1);
		expect(running.output()).toContain('shutdown complete');
		expect(Y.encodeStateVector(storedDoc(dataDir, workshop.id))).toEqual(Y.encodeStateVector(writer.doc));
	});
});
