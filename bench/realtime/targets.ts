import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { createWorkshop, facilitator, join } from '../../tests/helpers/api.ts';
import { cardIds, connect, synced, wsUrl } from '../../tests/helpers/realtime.ts';
import { removeDataDir, startServer } from '../../tests/helpers/server.ts';

/** What the server holds of one room, read by a fresh client after the run. */
export interface RoomState {
	stateVector: string;
	cards: string[];
}

/** A server under test: the real Pinnwand process, or the bare relay. */
export interface Target {
	name: string;
	pid: number;
	serverUrl: string;
	rooms: { name: string; tokens: (string | null)[] }[];
	/** The server's copy of a room; null for the relay, which keeps none. */
	readRoom(room: number): Promise<RoomState | null>;
	/** Lines the server logged about closing sockets (errors on its side). */
	socketErrors(): number;
	stop(): Promise<void>;
}

/** Runs `task` over `items` with at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await task(items[i]!);
		}
	};
	await Promise.all(Array.from({ length: limit }, worker));
	return results;
}

/**
 * The real server (production entry over the build, its own temp DATA_DIR), with one workshop per
 * room and every client a participant who joined over `POST /api/join`: the real auth path.
 */
export async function startPinnwand(rooms: number, clientsPerRoom: number): Promise<Target> {
	const server = await startServer();
	const moderation = await facilitator(server, 'Bench-Moderation');
	const workshops = await pool(
		Array.from({ length: rooms }, (_, r) => r),
		4,
		(r) => createWorkshop(server, moderation.token, { title: `Benchmark ${r + 1}`, municipality: `Kommune ${r + 1}` })
	);
	const seats = workshops.flatMap((workshop, r) =>
		Array.from({ length: clientsPerRoom }, (_, c) => ({ workshop, name: `Teilnehmer ${r * clientsPerRoom + c}` }))
	);
	const tokens = await pool(seats, 8, async ({ workshop, name }) => (await join(server, workshop.joinCode, { name })).token);
	return {
		name: 'pinnwand',
		pid: server.process.pid!,
		serverUrl: wsUrl(server, '/ws'),
		rooms: workshops.map((workshop, r) => ({
			name: workshop.id,
			tokens: tokens.slice(r * clientsPerRoom, (r + 1) * clientsPerRoom)
		})),
		async readRoom(room) {
			const client = connect(server, workshops[room]!.id, moderation.token);
			try {
				await synced(client, 30_000);
				return { stateVector: Buffer.from(Y.encodeStateVector(client.doc)).toString('base64'), cards: cardIds(client.doc) };
			} finally {
				client.destroy();
			}
		},
		socketErrors: () => server.output().split('\n').filter((line) => line.includes('closing socket')).length,
		async stop() {
			await server.stop();
			removeDataDir(server.dataDir);
		}
	};
}

/** The bare `ws` relay of relay.ts in its own process. */
export async function startRelay(rooms: number, clientsPerRoom: number): Promise<Target> {
	const child = fork(fileURLToPath(new URL('./relay.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] });
	const port = await new Promise<number>((resolve, reject) => {
		child.once('message', (message) => resolve((message as { port: number }).port));
		child.once('exit', (code) => reject(new Error(`relay exited with ${code}`)));
	});
	return {
		name: 'relay',
		pid: child.pid!,
		serverUrl: `ws://127.0.0.1:${port}/relay`,
		rooms: Array.from({ length: rooms }, (_, r) => ({
			name: `room-${r}`,
			tokens: new Array<string | null>(clientsPerRoom).fill(null)
		})),
		readRoom: async () => null,
		socketErrors: () => 0,
		async stop() {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.disconnect();
			await exited;
		}
	};
}
