import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CloseCode } from './close-codes.ts';

/** The y-websocket framing: one message per binary frame, starting with its type. */
export const MessageType = { SYNC: 0, AWARENESS: 1, AUTH: 2, QUERY_AWARENESS: 3 } as const;
export const SyncType = { STEP1: 0, STEP2: 1, UPDATE: 2 } as const;

/** What a client may send us. Auth messages only ever travel from server to client. */
export type ClientMessage =
	| { type: 'sync-step1'; stateVector: Uint8Array }
	| { type: 'sync-step2'; update: Uint8Array }
	| { type: 'update'; update: Uint8Array }
	| { type: 'awareness'; update: Uint8Array }
	| { type: 'query-awareness' };

export type Rejection = { ok: false; code: CloseCode; reason: string };
export type Decoded = { ok: true; message: ClientMessage } | Rejection;

const unsupported = (reason: string): Rejection => ({ ok: false, code: CloseCode.UNSUPPORTED, reason });
export const malformed = (reason: string): Rejection => ({ ok: false, code: CloseCode.MALFORMED, reason });

/**
 * Parses one frame. Checks the framing and the state vector; the content of document and
 * awareness updates is checked by whoever uses it (a dropped update need not be decoded).
 * Never throws: truncated input, trailing bytes and oversized numbers come back as rejections.
 */
export function decodeClientMessage(data: Uint8Array): Decoded {
	try {
		const decoder = decoding.createDecoder(data);
		const message = readMessage(decoder);
		if (!message.ok) return message;
		if (decoding.hasContent(decoder)) return malformed('trailing bytes');
		return message;
	} catch (error) {
		return malformed(error instanceof Error ? error.message : String(error));
	}
}

function readMessage(decoder: decoding.Decoder): Decoded {
	const type = decoding.readVarUint(decoder);
	switch (type) {
		case MessageType.SYNC: {
			const step = decoding.readVarUint(decoder);
			if (step === SyncType.STEP1) {
				const stateVector = decoding.readVarUint8Array(decoder);
				Y.decodeStateVector(stateVector);
				return { ok: true, message: { type: 'sync-step1', stateVector } };
			}
			if (step === SyncType.STEP2 || step === SyncType.UPDATE) {
				const update = decoding.readVarUint8Array(decoder);
				return { ok: true, message: { type: step === SyncType.STEP2 ? 'sync-step2' : 'update', update } };
			}
			return unsupported(`sync message type ${step}`);
		}
		case MessageType.AWARENESS:
			return { ok: true, message: { type: 'awareness', update: decoding.readVarUint8Array(decoder) } };
		case MessageType.QUERY_AWARENESS:
			return { ok: true, message: { type: 'query-awareness' } };
		default:
			return unsupported(`message type ${type}`);
	}
}

/**
 * Decodes a document update completely without applying it and checks what Yjs takes on trust:
 * every struct has a length, and a struct refers to its own client only at earlier clocks (Yjs
 * looks those up without checking and throws halfway through integrating otherwise). Returns
 * what is wrong, or null.
 */
export function updateProblem(update: Uint8Array): string | null {
	let structs: Y.AbstractStruct[];
	try {
		structs = Y.decodeUpdate(update).structs;
	} catch (error) {
		return `does not decode: ${error instanceof Error ? error.message : error}`;
	}
	for (const struct of structs) {
		if (!(struct.length > 0)) return 'empty struct';
		if (!(struct instanceof Y.Item)) continue;
		const parent = struct.parent instanceof Y.ID ? struct.parent : null;
		for (const ref of [struct.origin, struct.rightOrigin, parent]) {
			if (ref && ref.client === struct.id.client && ref.clock >= struct.id.clock) return 'refers to a later struct';
		}
	}
	return null;
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
	const encoder = encoding.createEncoder();
	write(encoder);
	return encoding.toUint8Array(encoder);
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
	return frame((e) => {
		encoding.writeVarUint(e, MessageType.SYNC);
		encoding.writeVarUint(e, SyncType.STEP1);
		encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
	});
}

export function syncStep2Message(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
	return frame((e) => {
		encoding.writeVarUint(e, MessageType.SYNC);
		encoding.writeVarUint(e, SyncType.STEP2);
		encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc, stateVector));
	});
}

export function updateMessage(update: Uint8Array): Uint8Array {
	return frame((e) => {
		encoding.writeVarUint(e, MessageType.SYNC);
		encoding.writeVarUint(e, SyncType.UPDATE);
		encoding.writeVarUint8Array(e, update);
	});
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
	return frame((e) => {
		encoding.writeVarUint(e, MessageType.AWARENESS);
		encoding.writeVarUint8Array(e, update);
	});
}
