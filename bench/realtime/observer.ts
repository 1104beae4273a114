import { createHash } from 'node:crypto';
import { Histogram, now } from './measure.ts';
import { parseCardKey, type PresenceState } from './payloads.ts';

/** The figures all clients of one generator add to. */
export class Totals {
	readonly edits = new Histogram();
	readonly cursors = new Histogram();
	cursorsSuperseded = 0;
	cursorsUntimed = 0;
	arrivals = 0;
}

/**
 * What one client saw, for either kind of client: card arrivals and cursor positions, timed
 * against the send time inside them. Only what was sent after the client synced counts: what
 * was sent before reaches it through the sync, not as a forwarded change.
 */
export class Observer {
	syncedAt: number | null = null;
	connectMs: number | null = null;
	delivered = 0;
	readonly cards = new Set<string>();
	private readonly lastSeq = new Map<number, number>();

	constructor(
		readonly index: number,
		private readonly totals: Totals
	) {}

	synced(openedAt: number): void {
		if (this.syncedAt !== null) return;
		this.syncedAt = now();
		this.connectMs = this.syncedAt - openedAt;
	}

	card(key: string, at = now()): void {
		if (this.cards.has(key)) return;
		this.cards.add(key);
		const card = parseCardKey(key);
		if (!card || card.client === this.index || this.syncedAt === null || card.sentAt < this.syncedAt) return;
		this.delivered += 1;
		this.totals.arrivals += 1;
		this.totals.edits.record(at - card.sentAt);
	}

	/**
	 * A presence state arrived. Positions it skipped over (replaced before they reached us) are
	 * timed by this arrival as well: a cursor is as late as the newest position we have not seen.
	 */
	cursor(state: PresenceState, at = now()): void {
		const cursor = state.cursor;
		if (!cursor || state.b === this.index) return;
		const last = this.lastSeq.get(state.b);
		if (last !== undefined && cursor.s <= last) return;
		this.lastSeq.set(state.b, cursor.s);
		this.totals.arrivals += 1;
		const from = last === undefined ? cursor.s - cursor.t.length + 1 : last + 1;
		for (let seq = Math.max(from, 1); seq <= cursor.s; seq++) {
			const sentAt = cursor.t[cursor.s - seq];
			if (sentAt === undefined) {
				this.totals.cursorsUntimed += 1;
				continue;
			}
			if (this.syncedAt === null || sentAt < this.syncedAt) continue;
			this.totals.cursors.record(at - sentAt);
			if (seq < cursor.s) this.totals.cursorsSuperseded += 1;
		}
	}

	cardsHash(): string {
		return createHash('sha1')
			.update([...this.cards].sort().join('\n'))
			.digest('hex');
	}
}
