import { decodeAwarenessUpdate, REMOVED, type AwarenessEntry } from './awareness-update.ts';

/** The y-protocols timeout: a state not renewed for this long counts as gone. */
export const OUTDATED_MS = 30_000;
/** Awareness ids one connection may hold at once; the stock client uses one per document. */
export const MAX_IDS_PER_OWNER = 4;

interface ClientState<Owner> {
	clock: number;
	/** JSON text, or null once removed (the clock is kept so stale messages stay stale). */
	state: string | null;
	lastUpdated: number;
	/** The connection holding the id; null once it removed its state or left. */
	owner: Owner | null;
	/** Who held the id last: after a removal only the same party may take it up again. */
	holder: Owner;
}

/** A change for the next presence frame, and the connection it came from (which needs no copy). */
export interface PresenceChange<Owner> {
	entry: AwarenessEntry;
	from: Owner | null;
}

/**
 * Presence of one room, by y-protocols' rules (a higher clock wins; a removal at the same clock
 * wins), plus ownership: the connection that first announces a client id owns it until it removes
 * it or closes, and no other party can set or remove that state. Re-sent states of ids a
 * connection may not change (the stock client echoes everything it hears) are skipped while
 * decoding. Changes collect until `takeChanges`, the latest per client, so that the room sends
 * one frame per tick however many changes and echoes arrived. Renewals (the same state again with
 * a newer clock, every 15 s from every stock client) change nothing anyone sees; they collect
 * apart, for a slower tick.
 */
export class RoomAwareness<Owner> {
	private readonly clients = new Map<number, ClientState<Owner>>();
	private readonly owned = new Map<Owner, Set<number>>();
	private changes = new Map<number, PresenceChange<Owner>>();
	private renewals = new Map<number, PresenceChange<Owner>>();

	/**
	 * @param sameParty whether a new connection may take over an id from an older one: the same
	 *   browser reconnecting before the server noticed that its old socket died.
	 */
	constructor(private readonly sameParty: (owner: Owner, other: Owner) => boolean = () => false) {}

	/** Whether `owner` may set or remove the state of `clientId`. */
	mayChange(owner: Owner, clientId: number): boolean {
		const client = this.clients.get(clientId);
		if (!client) return (this.owned.get(owner)?.size ?? 0) < MAX_IDS_PER_OWNER;
		const holder = client.owner ?? client.holder;
		return holder === owner || this.sameParty(holder, owner);
	}

	/**
	 * Decodes an awareness update from `owner` and applies it; returns how many states changed.
	 * Throws if the update does not decode.
	 */
	receive(owner: Owner, update: Uint8Array, now = Date.now()): number {
		const entries = decodeAwarenessUpdate(update, (clientId) => this.mayChange(owner, clientId));
		return this.apply(owner, entries, now).length;
	}

	/** Applies what `owner` sent; returns the entries that changed what others see. */
	apply(owner: Owner, entries: readonly AwarenessEntry[], now = Date.now()): AwarenessEntry[] {
		const changed: AwarenessEntry[] = [];
		for (const entry of entries) {
			if (!this.mayChange(owner, entry.clientId)) continue;
			const current = this.clients.get(entry.clientId);
			const removing = entry.state === REMOVED;
			const clock = current?.clock ?? 0;
			const newer = clock < entry.clock || (clock === entry.clock && removing && current?.state != null);
			if (!newer) continue;
			if (current?.owner != null && current.owner !== owner) this.disown(current.owner, entry.clientId);
			this.clients.set(entry.clientId, {
				clock: entry.clock,
				state: removing ? null : entry.state,
				lastUpdated: now,
				owner: removing ? null : owner,
				holder: owner
			});
			if (removing) this.disown(owner, entry.clientId);
			else this.owned.set(owner, (this.owned.get(owner) ?? new Set()).add(entry.clientId));
			// A removal of someone not present changes nothing anyone sees.
			if (removing && current?.state == null) continue;
			changed.push(entry);
			const renewal = !removing && current?.state === entry.state && !this.changes.has(entry.clientId);
			if (renewal) this.renewals.set(entry.clientId, { entry, from: owner });
			else this.changes.set(entry.clientId, { entry, from: owner });
			if (!renewal) this.renewals.delete(entry.clientId);
		}
		return changed;
	}

	/** The disconnect step for presence: removes every state `owner` holds. */
	release(owner: Owner, now = Date.now()): AwarenessEntry[] {
		const removed: AwarenessEntry[] = [];
		for (const clientId of this.owned.get(owner) ?? []) {
			const client = this.clients.get(clientId)!;
			client.owner = null;
			if (client.state === null) continue;
			client.clock += 1;
			client.state = null;
			client.lastUpdated = now;
			removed.push(this.removal(clientId, client.clock));
		}
		this.owned.delete(owner);
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
				removed.push(this.removal(clientId, client.clock));
			} else if (client.owner === null) {
				this.clients.delete(clientId);
			}
		}
		return removed;
	}

	get hasChanges(): boolean {
		return this.changes.size > 0;
	}

	get hasRenewals(): boolean {
		return this.renewals.size > 0;
	}

	/** The changes since the last call, the latest per client, and forgets them. */
	takeChanges(): PresenceChange<Owner>[] {
		const changes = [...this.changes.values()];
		this.changes = new Map();
		return changes;
	}

	/** The renewals since the last call, and forgets them. */
	takeRenewals(): PresenceChange<Owner>[] {
		const renewals = [...this.renewals.values()];
		this.renewals = new Map();
		return renewals;
	}

	private removal(clientId: number, clock: number): AwarenessEntry {
		const entry = { clientId, clock, state: REMOVED };
		this.changes.set(clientId, { entry, from: null });
		this.renewals.delete(clientId);
		return entry;
	}

	private disown(owner: Owner, clientId: number): void {
		const ids = this.owned.get(owner);
		ids?.delete(clientId);
		if (ids?.size === 0) this.owned.delete(owner);
	}
}
