import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../src/lib/realtime/close-codes.ts';
import { parseRoomPath } from '../../src/lib/realtime/doc-ref.ts';
import {
	awarenessMessage,
	decodeClientMessage,
	syncStep1Message,
	syncStep2Message,
	updateMessage,
	updateProblem
} from '../../src/lib/realtime/messages.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeClientMessage', () => {
	it('reads the messages the stock client sends', () => {
		const doc = new Y.Doc();
		doc.getMap('cards').set('a', 'b');
		expect(decodeClientMessage(syncStep1Message(doc))).toMatchObject({ ok: true, message: { type: 'sync-step1' } });
		expect(decodeClientMessage(syncStep2Message(doc))).toMatchObject({ ok: true, message: { type: 'sync-step2' } });
		expect(decodeClientMessage(updateMessage(Y.encodeStateAsUpdate(doc)))).toMatchObject({
			ok: true,
			message: { type: 'update' }
		});
		expect(decodeClientMessage(awarenessMessage(bytes(0)))).toMatchObject({ ok: true, message: { type: 'awareness' } });
		expect(decodeClientMessage(bytes(3))).toEqual({ ok: true, message: { type: 'query-awareness' } });
	});

	it('answers unknown message types with 1003 and broken framing with 1007', () => {
		expect(decodeClientMessage(bytes(2, 0))).toMatchObject({ ok: false, code: CloseCode.UNSUPPORTED });
		expect(decodeClientMessage(bytes(9))).toMatchObject({ ok: false, code: CloseCode.UNSUPPORTED });
		expect(decodeClientMessage(bytes(0, 7, 0))).toMatchObject({ ok: false, code: CloseCode.UNSUPPORTED });
		expect(decodeClientMessage(bytes())).toMatchObject({ ok: false, code: CloseCode.MALFORMED });
		expect(decodeClientMessage(bytes(0, 2, 5, 1))).toMatchObject({ ok: false, code: CloseCode.MALFORMED });
		expect(decodeClientMessage(bytes(3, 0))).toEqual({ ok: false, code: CloseCode.MALFORMED, reason: 'trailing bytes' });
		// A state vector claiming more entries than it holds.
		expect(decodeClientMessage(bytes(0, 0, 2, 5, 1))).toMatchObject({ ok: false, code: CloseCode.MALFORMED });
	});

	it('never reads past the frame, even when the frame is a view into a larger buffer', () => {
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, 1);
		encoding.writeVarUint(encoder, 10);
		const pooled = new Uint8Array(64).fill(0);
		pooled.set(encoding.toUint8Array(encoder));
		expect(decodeClientMessage(pooled.subarray(0, 2))).toMatchObject({ ok: false, code: CloseCode.MALFORMED });
	});
});

describe('updateProblem', () => {
	/** Client 1 typed "ab", then "c" before it: two structs, the second with right origin (1, 0). */
	function typed() {
		const doc = new Y.Doc();
		doc.clientID = 1;
		const text = doc.getText('t');
		text.insert(0, 'ab');
		text.insert(0, 'c');
		return { doc, structs: doc.store.clients.get(1)! as Y.Item[] };
	}

	it('accepts what Yjs itself produces', () => {
		expect(updateProblem(Y.encodeStateAsUpdate(typed().doc))).toBeNull();
		expect(updateProblem(new Uint8Array([0, 0]))).toBeNull();
	});

	it('refuses structs that refer to a later struct of their own client, which Yjs would trip over', () => {
		const { doc, structs } = typed();
		structs[1]!.rightOrigin = Y.createID(1, 7);
		expect(updateProblem(Y.encodeStateAsUpdate(doc))).toBe('refers to a later struct');
	});

	it('refuses empty structs and updates that do not decode', () => {
		const { doc, structs } = typed();
		structs[1]!.content = new Y.ContentString('');
		expect(updateProblem(Y.encodeStateAsUpdate(doc))).toBe('empty struct');
		expect(updateProblem(new Uint8Array([5, 1, 2]))).toMatch(/^does not decode/);
	});
});

describe('parseRoomPath', () => {
	const id = 'abcdefghijklmnopqrstuvwx';
	it('maps /ws/<id> to the board and /ws/<id>/state to the facilitator state', () => {
		expect(parseRoomPath(`/ws/${id}`)).toEqual({ roomId: id, doc: 'board' });
		expect(parseRoomPath(`/ws/${id}/state`)).toEqual({ roomId: id, doc: 'state' });
	});

	it('refuses anything else', () => {
		for (const path of ['/ws/', '/ws/short', `/ws/${id}/other`, `/ws/${id}/state/x`, `/api/${id}`, `/ws/${id.toUpperCase()}`]) {
			expect(parseRoomPath(path)).toBeNull();
		}
	});
});
