import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../src/lib/realtime/close-codes.ts';
import type { DocRef } from '../../src/lib/realtime/doc-ref.ts';
import { RoomRegistry } from '../../src/lib/realtime/RoomRegistry.ts';
import { corpus, fuzzCase, unexpectedOutcome } from '../helpers/fuzz-cases.ts';
import { CONNECTION_OPTIONS, fakeConnection, LocalClient, MemoryPersistence } from '../helpers/local-room.ts';

const SEED = 20251125;
const CASES = 12_000;
const board: DocRef = { roomId: 'fuzz', doc: 'board' };
const participant = { role: 'participant' as const };

describe('realtime fuzzer (seeded)', () => {
	it(`survives ${CASES} malformed, mutated and unknown messages: only the offending socket closes`, async () => {
		const gen = prng.create(SEED);
		const material = corpus();
		const persistence = new MemoryPersistence();
		const registry = new RoomRegistry<typeof participant>({
			persistence,
			policy: { mayWrite: (_who, doc) => doc === 'board', sameParty: () => false },
			graceMs: 60_000,
			keepaliveMs: 3_600_000,
			compactAfterRows: 40,
			flushDelayMs: 5,
			log: () => {}
		});
		const good = new LocalClient(participant);
		await good.join(registry, board);
		const goodCards: string[] = [];
		const outcomes = new Map<string, number>();
		// Fuzzing connections have no rate cap here; the cap has its own cases below.
		const unlimited = { ...CONNECTION_OPTIONS, ratePerSecond: 1e9, rateBurst: 1e9 };
		let fuzzer = fakeConnection(participant, unlimited);
		await registry.connect(board, fuzzer.connection);

		for (let i = 0; i < CASES; i++) {
			if (fuzzer.connection.closed) {
				fuzzer = fakeConnection(participant, unlimited);
				await registry.connect(board, fuzzer.connection);
			}
			const { kind, data } = fuzzCase(gen, material);
			fuzzer.connection.receive(data, kind !== 'text');
			const code = fuzzer.socket.closeCode;
			expect(unexpectedOutcome(kind, code), `case ${i}`).toBeNull();
			outcomes.set(`${kind}:${code ?? 'open'}`, (outcomes.get(`${kind}:${code ?? 'open'}`) ?? 0) + 1);
			expect(good.connection.closed).toBe(false);
			if (i % 50 === 0) {
				const id = `good-${i}`;
				good.doc.getMap('cards').set(id, new Y.Map([['text', id]]));
				goodCards.push(id);
			}
			// Let the batch timer run now and then, so writes and compactions happen mid-fuzz.
			if (i % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 6));
		}

		// Floods over the rate cap close with 1008.
		for (let n = 0; n < 5; n++) {
			const flooder = fakeConnection(participant);
			await registry.connect(board, flooder.connection);
			for (let m = 0; m < 1_000 && !flooder.connection.closed; m++) flooder.connection.receive(new Uint8Array([3]), true);
			expect(flooder.socket.closeCode).toBe(CloseCode.POLICY);
		}

		const live = await registry.change(board.roomId, 'board', (doc) => doc);
		const cards = live.getMap('cards');
		for (const id of goodCards) expect((cards.get(id) as Y.Map<string>).get('text')).toBe(id);
		expect(good.doc.getMap('cards').toJSON()).toEqual(cards.toJSON());
		// Nothing stored is lost: the stored document covers everything the live one holds. (It
		// may hold more: updates that leave structs pending in the live document are not retried
		// by Yjs, while a compaction snapshot carries them and a reload integrates them.)
		const stored = persistence.storedDoc(board);
		const storedClocks = Y.decodeStateVector(Y.encodeStateVector(stored));
		for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(live))) {
			expect(storedClocks.get(client) ?? 0).toBeGreaterThanOrEqual(clock);
		}
		for (const id of goodCards) expect(stored.getMap<Y.Map<string>>('cards').get(id)?.toJSON()).toEqual({ text: id });
		const late = new LocalClient(participant);
		await late.join(registry, board);
		expect(late.doc.getMap('cards').toJSON()).toEqual(cards.toJSON());
		await registry.close();

		const summary = [...outcomes].sort().map(([key, n]) => `${key}=${n}`).join(' ');
		console.log(`fuzz seed ${SEED}: ${CASES} cases, ${persistence.compactions} compactions; ${summary}`);
	}, 60_000);
});
