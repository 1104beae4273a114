import * as prng from 'lib0/prng';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeClientMessage, syncStep1Message } from '../../src/lib/realtime/messages.ts';
import { api, createWorkshop, facilitator, join } from '../helpers/api.ts';
import { corpus, fuzzCase, unexpectedOutcome } from '../helpers/fuzz-cases.ts';
import {
	addCard,
	cardIds,
	connect,
	isSyncStep2,
	RawSocket,
	storedDoc,
	synced,
	wsUrl,
	type Client
} from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

const SEED = 7;
const CASES = 300;
/** The default frame size cap (WS_MAX_MESSAGE_BYTES). */
const MAX_MESSAGE_BYTES = 1024 * 1024;

let server: RunningServer;
let workshop: { id: string; joinCode: string };
let token: string;
const clients: Client[] = [];

beforeAll(async () => {
	server = await startServer();
	const anna = await facilitator(server, 'Anna');
	workshop = await createWorkshop(server, anna.token);
	token = (await join(server, workshop.joinCode)).token;
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	removeDataDir(server.dataDir);
});

/** A participant's raw socket, once the server has greeted it (its document is loaded). */
async function rawParticipant(): Promise<RawSocket> {
	const socket = new RawSocket(wsUrl(server, `/ws/${workshop.id}?token=${token}`));
	await socket.next(() => true);
	return socket;
}

/**
 * Sends a SyncStep1 after the fuzz frame and resolves true once it is answered, i.e. the socket
 * stayed open and the server handled the frame. Replies come in order, one per valid SyncStep1,
 * and the fuzz frame may itself have been one.
 */
async function answered(socket: RawSocket, repliesBefore: number, frame: Uint8Array): Promise<boolean> {
	if (!socket.isOpen) return false;
	const decoded = decodeClientMessage(frame);
	const expected = repliesBefore + (decoded.ok && decoded.message.type === 'sync-step1' ? 1 : 0) + 1;
	socket.send(syncStep1Message(new Y.Doc()));
	return socket.until(() => socket.count(isSyncStep2) >= expected);
}

describe('realtime fuzzer over real sockets (seeded)', () => {
	it(`closes only the offending socket with a fitting code: ${CASES} cases, oversize frames, floods`, async () => {
		const gen = prng.create(SEED);
		const material = corpus();
		const good = connect(server, workshop.id, token);
		clients.push(good);
		await synced(good);
		const goodCards: string[] = [];
		const outcomes = new Map<string, number>();
		let socket = await rawParticipant();

		for (let i = 0; i < CASES; i++) {
			if (!socket.isOpen) socket = await rawParticipant();
			const { kind, data } = fuzzCase(gen, material);
			const repliesBefore = socket.count(isSyncStep2);
			socket.send(kind === 'text' ? Buffer.from(data).toString('latin1') : data);
			const open = await answered(socket, repliesBefore, kind === 'text' ? new Uint8Array() : data);
			const code = open ? null : (await socket.closed).code;
			expect(unexpectedOutcome(kind, code), `case ${i}`).toBeNull();
			outcomes.set(`${kind}:${code ?? 'open'}`, (outcomes.get(`${kind}:${code ?? 'open'}`) ?? 0) + 1);
			if (i % 30 === 0) {
				addCard(good.doc, `good-${i}`, `Karte ${i}`);
				goodCards.push(`good-${i}`);
			}
		}
		socket.close();

		for (const size of [MAX_MESSAGE_BYTES + 1, 4 * MAX_MESSAGE_BYTES]) {
			const big = await rawParticipant();
			big.send(new Uint8Array(size));
			expect((await big.closed).code).toBe(1009);
		}
		for (let n = 0; n < 3; n++) {
			const flooder = await rawParticipant();
			for (let m = 0; m < 2_000; m++) flooder.send(new Uint8Array([3]));
			expect((await flooder.closed).code).toBe(1008);
		}

		// The server and the well-behaved client go on; nothing stored is damaged.
		expect((await api(server, 'GET', '/healthz')).status).toBe(200);
		expect(good.closes).toEqual([]);
		addCard(good.doc, 'after-fuzz', 'geht weiter');
		goodCards.push('after-fuzz');
		const late = connect(server, workshop.id, token);
		clients.push(late);
		await synced(late);
		await eventually(() => expect(late.doc.getMap('cards').has('after-fuzz')).toBe(true));
		await eventually(() => {
			const stored = storedDoc(server.dataDir, workshop.id);
			for (const id of goodCards) expect((stored.getMap('cards').get(id) as Y.Map<unknown>).get('text')).toBeTruthy();
		});
		expect(cardIds(late.doc)).toEqual(cardIds(good.doc));
		const closeLines = server.output().split('\n').filter((line) => line.includes('closing socket')).length;
		const summary = [...outcomes].sort().map(([key, n]) => `${key}=${n}`).join(' ');
		console.log(`socket fuzz seed ${SEED}: ${CASES} cases, ${closeLines} close log lines; ${summary}`);
	}, 120_000);
});
