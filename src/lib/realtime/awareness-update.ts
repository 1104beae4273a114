import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One client's entry of an awareness update; `state` is its JSON text, `'null'` when it left. */
export interface AwarenessEntry {
	clientId: number;
	clock: number;
	state: string;
}

export const REMOVED = 'null';

/**
 * Decodes an awareness update. Every entry's framing is read (truncated input or trailing bytes
 * throw), but only the states of entries `wanted` accepts are decoded and checked to be JSON: the
 * rest come back as nothing, at the cost of reading two numbers and skipping a byte range.
 */
export function decodeAwarenessUpdate(
	update: Uint8Array,
	wanted: (clientId: number) => boolean = () => true
): AwarenessEntry[] {
	const decoder = decoding.createDecoder(update);
	const count = decoding.readVarUint(decoder);
	const entries: AwarenessEntry[] = [];
	for (let i = 0; i < count; i++) {
		const clientId = decoding.readVarUint(decoder);
		const clock = decoding.readVarUint(decoder);
		if (!wanted(clientId)) {
			decoding.readVarUint8Array(decoder);
			continue;
		}
		const text = decoding.readVarString(decoder);
		const state = JSON.parse(text) === null ? REMOVED : text;
		entries.push({ clientId, clock, state });
	}
	if (decoding.hasContent(decoder)) throw new Error('trailing bytes in awareness update');
	return entries;
}

export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
	return joinAwarenessEntries(entries.map(encodeAwarenessEntry));
}

/** One entry as it sits inside an awareness update, to be joined with others by `joinAwarenessEntries`. */
export function encodeAwarenessEntry({ clientId, clock, state }: AwarenessEntry): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, clientId);
	encoding.writeVarUint(encoder, clock);
	encoding.writeVarString(encoder, state);
	return encoding.toUint8Array(encoder);
}

/** An awareness update of entries encoded once each: frames for many receivers cost copies only. */
export function joinAwarenessEntries(entries: readonly Uint8Array[]): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, entries.length);
	for (const entry of entries) encoding.writeUint8Array(encoder, entry);
	return encoding.toUint8Array(encoder);
}
