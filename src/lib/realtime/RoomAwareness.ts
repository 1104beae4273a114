import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One client's entry of an awareness update; `state` is its JSON text, `'null'` when it left. */
export interface AwarenessEntry {
	clientId: number;
	clock: number;
	state: string;
}

/** The y-protocols timeout: a state not renewed for this long counts as gone. */
export const OUTDATED_MS = 30_000;

const REMOVED = 'null';

/** Decodes an awareness update completely (every state must be JSON); throws on anything else. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
	const decoder = decoding.createDecoder(update);
	const count = decoding.readVarUint(decoder);
	const entries: AwarenessEntry[] = [];
	for (let i = 0; i < count; i++) {
		const clientId = decoding.readVarUint(decoder);
		const clock = decoding.readVarUint(decoder);
		const text = decoding.readVarString(decoder);
		const state = JSON.parse(text) === null ? REMOVED : text;
		entries.push({ clientId, clock, state });
	}
	if (decoding.hasContent(decoder)) throw new Error('trailing bytes in awareness update');
	return entries;
}

export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, entries.length);
	for (const { clientId, clock, state } of entries) {
		encoding.writeVarUint(encoder, clientId);
		encoding.writeVarUint(encoder, clock);
		encoding.writeVarString(encoder, state);
	}
	return encoding.toUint8Array(encoder);
}

interface ClientState<Owner> {
	clock: number;
	/** JSON text, or null once removed (the clock is kept so stale messages stay stale). */
	state: string | null;
	lastUpdated: number;
	owner: Owner | null;
}

/**
 * Presence of one room, by y-protocols' rules (a higher clock wins; a removal at the same clock
 * wins), plus ownership: the connection that first announces a client id owns it until it removes
 * it or closes, and no other party can set or remove that state. Re-sent states of ids a
 * connection does not own (the stock client echoes everything it hears) are dropped here.
 */
export class RoomAwareness<Owner> {
	private readonly clients = new Map<number, ClientState<Owner>>();

	/**
	 * @param sameParty whether a new connection may take over an id from an older one: the same
	 *   browser reconnecting before the server noticed that its old socket died.
	 */
	constructor(private readonly sameParty: (owner: Owner, other: Owner) => boolean = () => false) {}

	/** Applies what `owner` sent; returns the entries that changed, to forward to the others. */
	apply(owner: Owner, entries: readonly AwarenessEntry[], now = Date.now()): AwarenessEntry[] {
		const changed: AwarenessEntry[] = [];
		for (const entry of entries) {
			const current = this.clients.get(entry.clientId);
			const removing = entry.state === REMOVED;
			const clock = current?.clock ?? 0;
			const newer = clock < entry.clock || (clock === entry.clock && removing && current?.state != null);
			if (!newer) continue;
			if (current?.owner != null && current.owner !== owner && !this.sameParty(current.owner, owner)) continue;
			const present = current?.state != null;
			this.clients.set(entry.clientId, {
				clock: entry.clock,
				state: removing ? null : entry.state,
				lastUpdated: now,
				owner: removing ? null : owner
			});
			// A removal of someone not present changes nothing anyone sees.
			if (!removing || present) changed.push(entry);
		}
		return changed;
	}

	/** The disconnect step for presence: removes every state `owner` holds. */
	release(owner: Owner, now = Date.now()): AwarenessEntry[] {
		const removed: AwarenessEntry[] = [];
		for (const [clientId, client] of this.clients) {
			if (client.owner !== owner) continue;
			client.owner = null;
			if (client.state === null) continue;
			client.clock += 1;
			client.state = null;
			client.lastUpdated = now;
			removed.push({ clientId, clock: client.clock, state: REMOVED });
		}
		return removed;
	}

	/** Every present client, for a connection that joins or asks. */
	snapshot(): AwarenessEntry[] {
		const present: AwarenessEntry[] = [];
		for (const [clientId, { clock, state }] of this.clients) {
			if (state !== null) present.push({ clientId, clock, state });
		}
		return present;
	}

	/**
	 * Removes states not renewed within OUTDATED_MS (as every y-protocols peer does) and forgets
	 * long-removed clients, so a room open all day does not collect every page load's id.
	 */
	expire(now = Date.now()): AwarenessEntry[] {
		const removed: AwarenessEntry[] = [];
		for (const [clientId, client] of this.clients) {
			if (now - client.lastUpdated < OUTDATED_MS) continue;
			if (client.state !== null) {
				client.state = null;
				client.lastUpdated = now;
				removed.push({ clientId, clock: client.clock, state: REMOVED });
			} else if (client.owner === null) {
				this.clients.delete(clientId);
			}
		}
		return removed;
	}
}
