import * as Y from 'yjs';
import type { Connection, Joined } from './Connection.ts';
import { docLabel, type DocRef } from './doc-ref.ts';
import {
	awarenessMessage,
	malformed,
	syncStep1Message,
	syncStep2Message,
	updateMessage,
	updateProblem,
	type ClientMessage,
	type Rejection
} from './messages.ts';
import type { DocPersistence } from './persistence.ts';
import {
	decodeAwarenessUpdate,
	encodeAwarenessEntry,
	encodeAwarenessUpdate,
	joinAwarenessEntries
} from './awareness-update.ts';
import { RoomAwareness, type PresenceChange } from './RoomAwareness.ts';
import { Throttle } from './throttle.ts';
import { UpdateLog } from './UpdateLog.ts';

export interface RoomOptions<P> {
	persistence: DocPersistence;
	flushDelayMs: number;
	compactAfterRows: number;
	/** Whether client awareness is kept and forwarded (the board) or only checked and dropped. */
	presence: boolean;
	/** The write check, asked for every incoming document update. */
	mayWrite(connection: Connection<P>): boolean;
	/** Whether two principals are the same party (a reconnecting client may keep its presence). */
	sameParty(a: P, b: P): boolean;
	/** Someone left; the registry decides whether the document may go. */
	onLeave(): void;
	/** The document's owner is gone (the workshop was deleted). */
	onGone(): void;
	log(line: string): void;
}

/** Marks transactions the server makes itself, as opposed to a connection's update. */
export const SERVER_ORIGIN = Symbol('server');
/** Presence goes out at most once per this interval: one frame per connection with every change. */
export const PRESENCE_TICK_MS = 100;
/**
 * Renewals go out at most this often. Clients renew every 15 s and drop a peer after 30 s
 * without one, so a renewal held back this long still arrives in time.
 */
export const RENEWAL_TICK_MS = 5_000;

/** One live document and the sockets subscribed to it. */
export class Room<P> implements Joined<P> {
	readonly connections = new Set<Connection<P>>();
	readonly store: UpdateLog;
	/** Connections whose updates were dropped because they could not write at the time. */
	private readonly refused = new Set<Connection<P>>();
	private readonly awareness: RoomAwareness<Connection<P>> | null;
	private readonly presenceTick = new Throttle(
		() => this.sendPresence(this.awareness!.takeChanges()),
		PRESENCE_TICK_MS
	);
	private readonly renewalTick = new Throttle(
		() => this.sendPresence(this.awareness!.takeRenewals()),
		RENEWAL_TICK_MS
	);

	private constructor(
		readonly ref: DocRef,
		readonly doc: Y.Doc,
		storedRows: number,
		private readonly options: RoomOptions<P>
	) {
		this.awareness = options.presence
			? new RoomAwareness<Connection<P>>((a, b) => options.sameParty(a.principal, b.principal))
			: null;
		this.store = new UpdateLog(ref, options.persistence, storedRows, {
			flushDelayMs: options.flushDelayMs,
			compactAfterRows: options.compactAfterRows,
			snapshot: () => Y.encodeStateAsUpdate(doc),
			onGone: options.onGone,
			log: options.log
		});
		doc.on('update', this.onUpdate);
	}

	/**
	 * The load step: reads every stored update into a fresh document. Nobody joins before it has
	 * finished, so the first sync reply already holds the whole stored state.
	 */
	static async load<P>(ref: DocRef, options: RoomOptions<P>): Promise<Room<P>> {
		const updates = await options.persistence.load(ref);
		const doc = new Y.Doc();
		doc.transact(() => {
			for (const update of updates) Y.applyUpdate(doc, update);
		});
		return new Room(ref, doc, updates.length, options);
	}

	get label(): string {
		return docLabel(this.ref);
	}

	/** Greets a new connection with the server's state vector and everyone present. */
	join(connection: Connection<P>): void {
		this.connections.add(connection);
		connection.send(syncStep1Message(this.doc));
		const present = this.awareness?.snapshot() ?? [];
		if (present.length > 0) connection.send(awarenessMessage(encodeAwarenessUpdate(present)));
		connection.attach(this);
	}

	receive(connection: Connection<P>, message: ClientMessage): Rejection | null {
		switch (message.type) {
			case 'sync-step1':
				connection.send(syncStep2Message(this.doc, message.stateVector));
				return null;
			case 'sync-step2':
			case 'update':
				return this.change(connection, message.update);
			case 'awareness':
				return this.presence(connection, message.update);
			case 'query-awareness':
				connection.send(awarenessMessage(encodeAwarenessUpdate(this.awareness?.snapshot() ?? [])));
				return null;
		}
	}

	/**
	 * The change step: applies a client's update if its connection may write right now. Without
	 * permission the update is dropped unseen: never applied, stored or forwarded, until the
	 * connection may write again (`retryRefused`). Applying emits the document's update event,
	 * which stores and forwards it (`onUpdate`).
	 */
	change(connection: Connection<P>, update: Uint8Array): Rejection | null {
		if (!this.options.mayWrite(connection)) {
			this.refused.add(connection);
			return null;
		}
		const problem = updateProblem(update);
		if (problem) return malformed(`document update ${problem}`);
		try {
			Y.applyUpdate(this.doc, update, connection);
		} catch (error) {
			return malformed(`document update does not apply: ${error instanceof Error ? error.message : error}`);
		}
		return null;
	}

	/**
	 * Called when who may write may have changed (the board was unlocked, silent Sammeln ended).
	 * A client whose update was refused builds its later updates on it, so the server would hold
	 * those back as incomplete until the client reconnected, and what it typed during a race with
	 * the lock, or offline, would reach nobody. Asking such a connection to sync again makes its
	 * client send everything the document lacks, which is now applied like any other update.
	 */
	retryRefused(): void {
		for (const connection of this.refused) {
			if (!this.options.mayWrite(connection)) continue;
			this.refused.delete(connection);
			connection.send(syncStep1Message(this.doc));
		}
	}

	/** The disconnect step: the connection's presence is removed for everyone else within a tick. */
	leave(connection: Connection<P>): void {
		this.refused.delete(connection);
		if (!this.connections.delete(connection)) return;
		this.awareness?.release(connection);
		this.schedulePresence();
		this.options.onLeave();
	}

	/** Keepalive for every socket, and presence that nobody renewed is timed out. */
	tick(now = Date.now()): void {
		for (const connection of this.connections) connection.keepalive();
		this.awareness?.expire(now);
		this.schedulePresence();
	}

	closeAll(code: number, reason: string): Promise<void>[] {
		return [...this.connections].map((connection) => {
			connection.close(code, reason);
			return connection.ended;
		});
	}

	destroy(): void {
		this.presenceTick.cancel();
		this.renewalTick.cancel();
		this.store.discard();
		this.doc.off('update', this.onUpdate);
		this.doc.destroy();
	}

	/**
	 * The presence step: a change waits for the next tick. Where presence is off (the state
	 * document), the update is only checked to decode and dropped.
	 */
	private presence(connection: Connection<P>, update: Uint8Array): Rejection | null {
		try {
			if (!this.awareness) decodeAwarenessUpdate(update, () => false);
			else this.awareness.receive(connection, update);
		} catch (error) {
			return malformed(`awareness update does not decode: ${error instanceof Error ? error.message : error}`);
		}
		this.schedulePresence();
		return null;
	}

	private schedulePresence(): void {
		if (this.awareness?.hasChanges) this.presenceTick.request();
		if (this.awareness?.hasRenewals) this.renewalTick.request();
	}

	/**
	 * One tick: a single frame to each connection with the latest state of every client that
	 * changed (or renewed) since the last tick, less the states the connection sent itself.
	 */
	private sendPresence(changes: PresenceChange<Connection<P>>[]): void {
		if (changes.length === 0) return;
		const encoded = changes.map((change) => encodeAwarenessEntry(change.entry));
		const everything = awarenessMessage(joinAwarenessEntries(encoded));
		const senders = new Set(changes.map((change) => change.from));
		for (const connection of this.connections) {
			if (!senders.has(connection)) {
				connection.send(everything);
				continue;
			}
			const others = encoded.filter((_, i) => changes[i]!.from !== connection);
			if (others.length > 0) connection.send(awarenessMessage(joinAwarenessEntries(others)));
		}
	}

	private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
		this.store.push(update);
		this.broadcast(updateMessage(update), origin);
	};

	private broadcast(message: Uint8Array, except: unknown): void {
		for (const connection of this.connections) {
			if (connection !== except) connection.send(message);
		}
	}
}
