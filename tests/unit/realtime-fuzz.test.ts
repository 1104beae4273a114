import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../src/lib/realtime/close-codes.ts';
import type { DocRef } from '../../src/lib/realtime/doc-ref.ts';
import { awarenessMessage, syncStep1Message, syncStep2Message, updateMessage } from '../../src/lib/realtime/messages.ts';
import { RoomRegistry } from '../../src/lib/realtime/RoomRegistry.ts';
import { encodeAwarenessUpdate } from '../../src/lib/realtime/RoomAwareness.ts';
import { CONNECTION_OPTIONS, fakeConnection, LocalClient, MemoryPersistence } from '../helpers/local-room.ts';

const SEED = 20251125;
const CASES = 12_000;
const board: DocRef = { roomId: 'fuzz', doc: 'board' };
const participant = { role: 'participant' as const };

/** Valid messages as a stock client sends them, the raw material for mutations. */
function corpus(): { messages: Uint8Array[]; updates: Uint8Array[] } {
	const source = new Y.Doc();
	// Fixed, so that a seed replays exactly the same cases.
	source.clientID = 4242;
	const updates: Uint8Array[] = [];
	source.on('update', (update: Uint8Array) => updates.push(update));
	const cards = source.getMap('cards');
	for (let i = 0; i < 5; i++) {
		const card = new Y.Map<unknown>([['order', `a${i}`]]);
		cards.set(`fuzz-${i}`, card);
		card.set('text', `Karte ${i} über Kinderbetreuung`);
	}
	cards.delete('fuzz-1');
	const text = source.getText('notes');
	text.insert(0, 'Sprachkurs');
	text.delete(2, 3);
	const present = [{ clientId: 99, clock: 3, state: JSON.stringify({ user: { institution: 'Jobcenter' } }) }];
	const messages = [
		syncStep1Message(new Y.Doc()),
		syncStep1Message(source),
		syncStep2Message(source),
		...updates.map(updateMessage),
		awarenessMessage(encodeAwarenessUpdate(present)),
		awarenessMessage(encodeAwarenessUpdate([{ clientId: 99, clock: 4, state: 'null' }])),
		new Uint8Array([3])
	];
	return { messages, updates: [...updates, Y.encodeStateAsUpdate(source)] };
}

type Kind =
	| 'random'
	| 'truncated'
	| 'mutated'
	| 'spliced'
	| 'unknown'
	| 'trailing'
	| 'text'
	| 'bad-update'
	| 'bad-awareness'
	| 'valid';

/** What a case may end in: `open` means the message was acceptable and the socket stays. */
const EXPECTED: Record<Kind, { codes: number[]; mayStayOpen: boolean }> = {
	random: { codes: [CloseCode.UNSUPPORTED, CloseCode.MALFORMED], mayStayOpen: true },
	truncated: { codes: [CloseCode.MALFORMED], mayStayOpen: false },
	mutated: { codes: [CloseCode.UNSUPPORTED, CloseCode.MALFORMED], mayStayOpen: true },
	spliced: { codes: [CloseCode.UNSUPPORTED, CloseCode.MALFORMED], mayStayOpen: true },
	unknown: { codes: [CloseCode.UNSUPPORTED], mayStayOpen: false },
	trailing: { codes: [CloseCode.MALFORMED], mayStayOpen: false },
	text: { codes: [CloseCode.UNSUPPORTED], mayStayOpen: false },
	'bad-update': { codes: [CloseCode.MALFORMED], mayStayOpen: true },
	'bad-awareness': { codes: [CloseCode.MALFORMED], mayStayOpen: true },
	valid: { codes: [], mayStayOpen: true }
};
const KINDS = Object.keys(EXPECTED) as Kind[];

/** Flips 1–4 bytes. */
function mutate(gen: prng.PRNG, bytes: Uint8Array): Uint8Array {
	const copy = bytes.slice();
	for (let n = prng.int32(gen, 1, 4); n > 0 && copy.length > 0; n--) {
		copy[prng.int32(gen, 0, copy.length - 1)] = prng.uint32(gen, 0, 255);
	}
	return copy;
}

function generate(gen: prng.PRNG, kind: Kind, valid: Uint8Array[], payloads: Uint8Array[]): Uint8Array {
	const base = prng.oneOf(gen, valid);
	switch (kind) {
		case 'random':
			return prng.uint8Array(gen, prng.int32(gen, 0, 80));
		case 'truncated':
			return base.slice(0, prng.int32(gen, 0, base.length - 1));
		case 'mutated':
			return mutate(gen, base);
		case 'bad-update': {
			// Correct framing around a broken document update: the Yjs decoder is what is tested.
			const update = prng.bool(gen) ? mutate(gen, prng.oneOf(gen, payloads)) : prng.uint8Array(gen, prng.int32(gen, 0, 60));
			return updateMessage(update);
		}
		case 'bad-awareness': {
			const entries = [{ clientId: prng.uint32(gen, 0, 2 ** 31), clock: prng.uint32(gen, 0, 9), state: '{"a":1}' }];
			return awarenessMessage(mutate(gen, encodeAwarenessUpdate(entries)));
		}
		case 'spliced': {
			const at = prng.int32(gen, 0, base.length);
			const cut = prng.int32(gen, 0, Math.min(8, base.length - at));
			return new Uint8Array([...base.slice(0, at), ...prng.uint8Array(gen, prng.int32(gen, 0, 8)), ...base.slice(at + cut)]);
		}
		case 'unknown': {
			const encoder = encoding.createEncoder();
			if (prng.bool(gen)) {
				encoding.writeVarUint(encoder, 0);
				encoding.writeVarUint(encoder, prng.int32(gen, 3, 1_000_000));
			} else {
				encoding.writeVarUint(encoder, prng.oneOf(gen, [2, 4, 5, 17, 127, 128, 65_535, 2 ** 40]));
			}
			encoding.writeUint8Array(encoder, prng.uint8Array(gen, prng.int32(gen, 0, 20)));
			return encoding.toUint8Array(encoder);
		}
		case 'trailing':
			return new Uint8Array([...base, ...prng.uint8Array(gen, prng.int32(gen, 1, 8))]);
		case 'text':
		case 'valid':
			return base;
	}
}

describe('realtime fuzzer (seeded)', () => {
	it(`survives ${CASES} malformed, mutated and unknown messages: only the offending socket closes`, async () => {
		const gen = prng.create(SEED);
		const { messages: valid, updates } = corpus();
		const persistence = new MemoryPersistence();
		const registry = new RoomRegistry<typeof participant>({
			persistence,
			policy: { mayWrite: (_who, doc) => doc === 'board' },
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
			const kind = prng.oneOf(gen, KINDS);
			fuzzer.connection.receive(generate(gen, kind, valid, updates), kind !== 'text');
			const code = fuzzer.socket.closeCode;
			const expected = EXPECTED[kind];
			if (code === null) expect(expected.mayStayOpen, `case ${i} (${kind}) stayed open`).toBe(true);
			else expect(expected.codes, `case ${i} (${kind}) closed with ${code}`).toContain(code);
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
		// may hold more: mutated updates leave structs pending in the live document that Yjs does
		// not retry, while a compaction snapshot carries them and a reload integrates them.)
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
