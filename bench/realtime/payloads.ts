/**
 * What the benchmark's clients write, with the send time inside, so that every receiver can tell
 * the latency on the same machine's clock.
 */

/** Cards are keyed `card~<client>~<seq>~<sent ms>`; light clients find the key in raw update bytes. */
export const CARD_PREFIX = 'card~';
const CARD_KEY = /^card~(\d+)~(\d+)~(\d+\.\d+)$/;

export function cardKey(client: number, seq: number, sentAt: number): string {
	return `${CARD_PREFIX}${client}~${seq}~${sentAt.toFixed(3)}`;
}

export function parseCardKey(key: string): { client: number; seq: number; sentAt: number } | null {
	const match = CARD_KEY.exec(key);
	return match ? { client: Number(match[1]), seq: Number(match[2]), sentAt: Number(match[3]) } : null;
}

const PREFIX_BYTES = Buffer.from(CARD_PREFIX);
const KEY_BYTE = /[0-9~.]/;

/**
 * Card keys in a Yjs update (V1 writes map keys as plain UTF-8), without decoding it: what a
 * light client does instead of keeping a document.
 */
export function cardKeysIn(update: Uint8Array): string[] {
	const bytes = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
	const keys: string[] = [];
	for (let at = bytes.indexOf(PREFIX_BYTES); at >= 0; at = bytes.indexOf(PREFIX_BYTES, at + 1)) {
		let end = at + PREFIX_BYTES.length;
		while (end < bytes.length && KEY_BYTE.test(String.fromCharCode(bytes[end]!))) end += 1;
		const key = bytes.toString('latin1', at, end);
		if (CARD_KEY.test(key)) keys.push(key);
	}
	return keys;
}

/** How many earlier send times a cursor carries, so a receiver can time positions it never saw. */
export const CURSOR_HISTORY = 4;

/** A presence state as the board would publish it, plus the benchmark's client number. */
export interface PresenceState {
	b: number;
	user: { name: string; color: string };
	/** `s` counts positions; `t[i]` is when position `s - i` was sent. */
	cursor?: { x: number; y: number; s: number; t: number[] };
}

export function presence(client: number): PresenceState {
	const hue = (client * 47) % 360;
	return { b: client, user: { name: `Teilnehmer ${client}`, color: `hsl(${hue} 70% 45%)` } };
}

export function moveCursor(state: PresenceState, sentAt: number): PresenceState {
	const s = (state.cursor?.s ?? 0) + 1;
	const t = [Number(sentAt.toFixed(3)), ...(state.cursor?.t ?? [])].slice(0, CURSOR_HISTORY);
	const x = Math.round(((s * 37) % 1600) + (state.b % 7) * 10);
	const y = Math.round(((s * 53) % 900) + (state.b % 5) * 10);
	return { ...state, cursor: { x, y, s, t } };
}
