import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { CloseCode } from '../../src/lib/realtime/close-codes.ts';
import {
	awarenessMessage,
	syncStep1Message,
	syncStep2Message,
	updateMessage
} from '../../src/lib/realtime/messages.ts';
import { encodeAwarenessUpdate } from '../../src/lib/realtime/awareness-update.ts';

/** Valid messages as a stock client sends them (the raw material), and bare document updates. */
export function corpus(): { messages: Uint8Array[]; updates: Uint8Array[] } {
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

export type Kind =
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

/** What a case may end in: staying open means the message was acceptable. */
export const EXPECTED: Record<Kind, { codes: number[]; mayStayOpen: boolean }> = {
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
export const KINDS = Object.keys(EXPECTED) as Kind[];

/** Overwrites 1–4 bytes. */
function mutate(gen: prng.PRNG, bytes: Uint8Array): Uint8Array {
	const copy = bytes.slice();
	for (let n = prng.int32(gen, 1, 4); n > 0 && copy.length > 0; n--) {
		copy[prng.int32(gen, 0, copy.length - 1)] = prng.uint32(gen, 0, 255);
	}
	return copy;
}

/** One fuzz case: a kind and its frame (`text` cases go out as text frames). */
export function fuzzCase(gen: prng.PRNG, material = corpus()): { kind: Kind; data: Uint8Array } {
	const kind = prng.oneOf(gen, KINDS);
	const base = prng.oneOf(gen, material.messages);
	switch (kind) {
		case 'random':
			return { kind, data: prng.uint8Array(gen, prng.int32(gen, 0, 80)) };
		case 'truncated':
			return { kind, data: base.slice(0, prng.int32(gen, 0, base.length - 1)) };
		case 'mutated':
			return { kind, data: mutate(gen, base) };
		case 'spliced': {
			const at = prng.int32(gen, 0, base.length);
			const cut = prng.int32(gen, 0, Math.min(8, base.length - at));
			const inserted = prng.uint8Array(gen, prng.int32(gen, 0, 8));
			return { kind, data: new Uint8Array([...base.slice(0, at), ...inserted, ...base.slice(at + cut)]) };
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
			return { kind, data: encoding.toUint8Array(encoder) };
		}
		case 'trailing':
			return { kind, data: new Uint8Array([...base, ...prng.uint8Array(gen, prng.int32(gen, 1, 8))]) };
		case 'bad-update': {
			// Correct framing around a broken document update: the Yjs decoder is what is tested.
			const update = prng.bool(gen)
				? mutate(gen, prng.oneOf(gen, material.updates))
				: prng.uint8Array(gen, prng.int32(gen, 0, 60));
			return { kind, data: updateMessage(update) };
		}
		case 'bad-awareness': {
			const entries = [{ clientId: prng.uint32(gen, 0, 2 ** 31), clock: prng.uint32(gen, 0, 9), state: '{"a":1}' }];
			return { kind, data: awarenessMessage(mutate(gen, encodeAwarenessUpdate(entries))) };
		}
		case 'text':
		case 'valid':
			return { kind, data: base };
	}
}

/** Checks one outcome; returns a description of what went wrong, or null. */
export function unexpectedOutcome(kind: Kind, closeCode: number | null): string | null {
	const expected = EXPECTED[kind];
	if (closeCode === null) return expected.mayStayOpen ? null : `${kind} stayed open`;
	return expected.codes.includes(closeCode) ? null : `${kind} closed with ${closeCode}`;
}
