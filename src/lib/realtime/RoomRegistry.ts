import type * as Y from 'yjs';
import { CloseCode } from './close-codes.ts';
import type { Connection } from './Connection.ts';
import { DOC_KINDS, type DocKind, type DocRef } from './doc-ref.ts';
import type { DocPersistence } from './persistence.ts';
import { Room, SERVER_ORIGIN } from './Room.ts';

/** Both documents of one workshop live together: the board's write check reads the state document. */
export interface LiveWorkshop<P> {
	readonly id: string;
	readonly rooms: Readonly<Record<DocKind, Room<P>>>;
}

export interface RoomPolicy<P> {
	/**
	 * The permission hook, asked for every incoming document update (not once at connect): may
	 * this principal change this document of this workshop right now?
	 */
	mayWrite(principal: P, doc: DocKind, workshop: LiveWorkshop<P>): boolean;
	/** Whether two principals are the same party, e.g. one session reconnecting. */
	sameParty(a: P, b: P): boolean;
}

export interface RegistryOptions<P> {
	persistence: DocPersistence;
	policy: RoomPolicy<P>;
	/** How long a workshop stays loaded after its last client left. */
	graceMs: number;
	keepaliveMs: number;
	compactAfterRows: number;
	/** Defaults to FLUSH_DELAY_MS. */
	flushDelayMs?: number;
	/**
	 * Called once a workshop's documents are loaded, before anyone joins; returns what undoes it
	 * when they unload. For observers that react to changes whoever makes them (e.g. a history).
	 */
	watch?(workshop: LiveWorkshop<P>): () => void;
	log?(line: string): void;
}

interface Entry<P> extends LiveWorkshop<P> {
	/** Server operations (HTTP) in progress; like connections, they keep the workshop loaded. */
	holds: number;
	grace: ReturnType<typeof setTimeout> | null;
	unwatch: () => void;
}

/** Longest an applied update waits before it is written (the durability promise after kill -9). */
export const FLUSH_DELAY_MS = 50;
/** Longest the shutdown waits for clients to answer the close handshake. */
const CLOSE_WAIT_MS = 1_000;

/**
 * The live documents of this process, one entry per workshop, shared by the websocket server
 * and SvelteKit's endpoints through the AppContext. Loads on first use, unloads after the
 * grace period once nobody uses a workshop, flushes and closes everything on shutdown.
 */
export class RoomRegistry<P> {
	private readonly live = new Map<string, Entry<P>>();
	private readonly loading = new Map<string, Promise<void>>();
	private readonly unloading = new Map<string, Promise<void>>();
	private readonly ticker: ReturnType<typeof setInterval>;
	private readonly log: (line: string) => void;
	private closing: Promise<void> | null = null;

	constructor(private readonly options: RegistryOptions<P>) {
		this.log = options.log ?? console.log;
		this.ticker = setInterval(() => this.tick(), options.keepaliveMs);
		this.ticker.unref();
	}

	/** Workshops whose documents are in memory. */
	get size(): number {
		return this.live.size;
	}

	/** Sockets joined to a document, in every live workshop. */
	get sockets(): number {
		let count = 0;
		for (const entry of this.live.values()) for (const room of Object.values(entry.rooms)) count += room.connections.size;
		return count;
	}

	get closed(): boolean {
		return this.closing !== null;
	}

	/** Whether a workshop's documents are in memory (nobody's use of it ended past the grace period). */
	isLoaded(workshopId: string): boolean {
		return this.live.has(workshopId);
	}

	/** Who is connected to either document of a workshop, one entry per socket; none when not loaded. */
	principals(workshopId: string): P[] {
		const entry = this.live.get(workshopId);
		if (!entry) return [];
		return Object.values(entry.rooms).flatMap((room) => [...room.connections].map((c) => c.principal));
	}

	/**
	 * Closes every socket whose principal matches, in every live workshop: a session that ended
	 * (logout) must not keep reading or writing through a socket it opened before.
	 */
	disconnect(matches: (principal: P) => boolean, code: number, reason: string): number {
		let closed = 0;
		for (const entry of this.live.values()) {
			for (const room of Object.values(entry.rooms)) {
				for (const connection of room.connections) {
					if (!matches(connection.principal)) continue;
					connection.close(code, reason);
					closed += 1;
				}
			}
		}
		return closed;
	}

	/**
	 * Called after a socket joined or left a document of the workshop; the app's registry turns it
	 * into presence. Runs synchronously inside join and leave, so it must only schedule work.
	 */
	protected membershipChanged(_workshopId: string): void {}

	/** Joins an admitted connection to its document, loading the workshop first if needed. */
	async connect(ref: DocRef, connection: Connection<P>): Promise<void> {
		let entry: Entry<P>;
		try {
			entry = await this.acquire(ref.roomId);
		} catch (error) {
			this.log(`realtime ${ref.roomId}: cannot load (${error instanceof Error ? error.message : error})`);
			connection.close(this.closing ? CloseCode.RESTART : CloseCode.TRY_AGAIN, 'document unavailable');
			return;
		}
		try {
			if (this.closing) connection.close(CloseCode.RESTART, 'server restart');
			if (!connection.closed) {
				entry.rooms[ref.doc].join(connection);
				this.membershipChanged(ref.roomId);
			}
		} finally {
			this.release(entry);
		}
	}

	/**
	 * A server transaction on a document (loaded if needed): applied, forwarded to every client
	 * and stored before the returned promise resolves (if storing fails, it stays pending and is
	 * retried, as any update). `origin` tells observers on whose behalf the server acts.
	 */
	async change<T>(
		workshopId: string,
		doc: DocKind,
		change: (doc: Y.Doc) => T,
		origin: unknown = SERVER_ORIGIN
	): Promise<T> {
		const entry = await this.acquire(workshopId);
		try {
			const room = entry.rooms[doc];
			let result: T | undefined;
			room.doc.transact(() => {
				result = change(room.doc);
			}, origin);
			await room.store.flush();
			return result as T;
		} finally {
			this.release(entry);
		}
	}

	/** Reads a document, loading it if needed. */
	async read<T>(workshopId: string, doc: DocKind, read: (doc: Y.Doc) => T): Promise<T> {
		const entry = await this.acquire(workshopId);
		try {
			return read(entry.rooms[doc].doc);
		} finally {
			this.release(entry);
		}
	}

	/** Drops a workshop whose data is gone: its sockets are closed, nothing more is stored. */
	evict(workshopId: string, code: number = CloseCode.GONE, reason = 'workshop deleted'): void {
		const entry = this.live.get(workshopId);
		if (!entry) return;
		this.live.delete(workshopId);
		if (entry.grace) clearTimeout(entry.grace);
		entry.unwatch();
		for (const room of Object.values(entry.rooms)) {
			void room.closeAll(code, reason);
			room.destroy();
		}
		this.log(`realtime ${workshopId}: evicted (${this.live.size} live)`);
	}

	/** Shutdown: closes every socket with 1012, then stores everything pending. Safe to call twice. */
	close(): Promise<void> {
		this.closing ??= this.shutdown();
		return this.closing;
	}

	private async shutdown(): Promise<void> {
		clearInterval(this.ticker);
		await Promise.allSettled([...this.loading.values(), ...this.unloading.values()]);
		const entries = [...this.live.values()];
		for (const entry of entries) if (entry.grace) clearTimeout(entry.grace);
		const rooms = entries.flatMap((entry) => Object.values(entry.rooms));
		const closed = rooms.flatMap((room) => room.closeAll(CloseCode.RESTART, 'server restart'));
		let timer: ReturnType<typeof setTimeout> | undefined;
		await Promise.race([Promise.all(closed), new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_WAIT_MS)))]);
		clearTimeout(timer);
		for (const room of rooms) for (const connection of room.connections) connection.socket.terminate();
		const stored = await Promise.all(rooms.map((room) => room.store.flush()));
		const lost = rooms.reduce((sum, room) => sum + room.store.size, 0);
		for (const entry of entries) entry.unwatch();
		for (const room of rooms) room.destroy();
		this.live.clear();
		if (stored.includes(false)) throw new Error(`${lost} document updates could not be stored`);
	}

	private async acquire(workshopId: string): Promise<Entry<P>> {
		for (;;) {
			if (this.closing) throw new Error('shutting down');
			const pending = this.unloading.get(workshopId) ?? this.loading.get(workshopId);
			if (pending) {
				await pending;
				continue;
			}
			const entry = this.live.get(workshopId);
			if (entry) {
				entry.holds += 1;
				if (entry.grace) clearTimeout(entry.grace);
				entry.grace = null;
				return entry;
			}
			const loading = this.load(workshopId).finally(() => this.loading.delete(workshopId));
			this.loading.set(workshopId, loading);
			await loading;
		}
	}

	private release(entry: Entry<P>): void {
		entry.holds -= 1;
		this.idle(entry);
	}

	private async load(workshopId: string): Promise<void> {
		// The rooms' hooks need the entry, which exists once both documents are loaded.
		let entry: Entry<P> | undefined;
		const rooms = await Promise.all(
			DOC_KINDS.map((doc) =>
				Room.load<P>(
					{ roomId: workshopId, doc },
					{
						persistence: this.options.persistence,
						flushDelayMs: this.options.flushDelayMs ?? FLUSH_DELAY_MS,
						compactAfterRows: this.options.compactAfterRows,
						presence: doc === 'board',
						mayWrite: (connection) => this.options.policy.mayWrite(connection.principal, doc, entry!),
						sameParty: (a, b) => this.options.policy.sameParty(a, b),
						onLeave: () => {
							this.idle(entry!);
							this.membershipChanged(workshopId);
						},
						onGone: () => this.evict(workshopId),
						log: this.log
					}
				)
			)
		);
		entry = {
			id: workshopId,
			rooms: Object.fromEntries(rooms.map((room) => [room.ref.doc, room])) as Record<DocKind, Room<P>>,
			holds: 0,
			grace: null,
			unwatch: () => {}
		};
		// Writing depends on the state document (lock, silent Sammeln): each change may let refused writers in.
		const board = entry.rooms.board;
		entry.rooms.state.doc.on('update', () => board.retryRefused());
		entry.unwatch = this.options.watch?.(entry) ?? entry.unwatch;
		this.live.set(workshopId, entry);
		this.log(`realtime ${workshopId}: loaded (${this.live.size} live)`);
	}

	/** Starts the grace period once nobody uses the workshop any more. */
	private idle(entry: Entry<P>): void {
		if (this.closing || entry.grace || this.live.get(entry.id) !== entry) return;
		if (entry.holds > 0 || Object.values(entry.rooms).some((room) => room.connections.size > 0)) return;
		entry.grace = setTimeout(() => {
			entry.grace = null;
			this.unload(entry);
		}, this.options.graceMs);
	}

	private unload(entry: Entry<P>): void {
		this.live.delete(entry.id);
		const rooms = Object.values(entry.rooms);
		const done = Promise.all(rooms.map((room) => room.store.flush())).then((stored) => {
			if (stored.includes(false)) {
				// Not stored yet: keep the documents in memory and try again after another grace period.
				this.live.set(entry.id, entry);
				this.idle(entry);
				return;
			}
			entry.unwatch();
			for (const room of rooms) room.destroy();
			this.log(`realtime ${entry.id}: unloaded (${this.live.size} live)`);
		});
		this.unloading.set(
			entry.id,
			done.finally(() => this.unloading.delete(entry.id))
		);
	}

	private tick(): void {
		const now = Date.now();
		for (const entry of this.live.values()) {
			for (const room of Object.values(entry.rooms)) room.tick(now);
		}
	}
}
