import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { Connection, type PeerSocket } from '../../src/lib/realtime/Connection.ts';
import type { DocRef } from '../../src/lib/realtime/doc-ref.ts';
import { syncStep1Message, updateMessage } from '../../src/lib/realtime/messages.ts';
import type { DocPersistence } from '../../src/lib/realtime/persistence.ts';
import type { RoomRegistry } from '../../src/lib/realtime/RoomRegistry.ts';

/** In-memory persistence that can be told to fail, for the room's unit tests. */
export class MemoryPersistence implements DocPersistence {
	readonly rows = new Map<string, Uint8Array[]>();
	appends = 0;
	compactions = 0;
	/** The next this many writes throw. */
	failWrites = 0;
	gone = false;

	private key(ref: DocRef) {
		return `${ref.roomId}/${ref.doc}`;
	}

	stored(ref: DocRef): Uint8Array[] {
		return this.rows.get(this.key(ref)) ?? [];
	}

	storedDoc(ref: DocRef): Y.Doc {
		const doc = new Y.Doc();
		for (const update of this.stored(ref)) Y.applyUpdate(doc, update);
		return doc;
	}

	async load(ref: DocRef): Promise<Uint8Array[]> {
		return [...this.stored(ref)];
	}

	async append(ref: DocRef, updates: Uint8Array[]): Promise<void> {
		this.check();
		this.appends += 1;
		this.rows.set(this.key(ref), [...this.stored(ref), ...updates]);
	}

	async compact(ref: DocRef, state: Uint8Array): Promise<void> {
		this.check();
		this.compactions += 1;
		this.rows.set(this.key(ref), [state]);
	}

	private check() {
		if (this.gone) {
			const error = new Error('workshop deleted');
			error.name = 'DocumentGoneError';
			throw error;
		}
		if (this.failWrites > 0) {
			this.failWrites -= 1;
			throw new Error('disk full');
		}
	}
}

/** A socket that records what the server sends and how it closes it. */
export class FakeSocket implements PeerSocket {
	readyState = 1;
	bufferedAmount = 0;
	readonly sent: Uint8Array[] = [];
	closeCode: number | null = null;
	pings = 0;
	connection: Connection<unknown> | null = null;
	onSend: ((data: Uint8Array) => void) | null = null;

	send(data: Uint8Array): void {
		this.sent.push(data);
		this.onSend?.(data);
	}

	close(code?: number): void {
		if (this.readyState !== 1) return;
		this.readyState = 3;
		this.closeCode = code ?? 1005;
		this.connection?.socketClosed();
	}

	terminate(): void {
		if (this.readyState === 3) return;
		this.readyState = 3;
		this.closeCode = 1006;
		this.connection?.socketClosed();
	}

	ping(): void {
		this.pings += 1;
	}
}

export const CONNECTION_OPTIONS = { ratePerSecond: 200, rateBurst: 400, label: 'test', log: () => {} };

export function fakeConnection<P>(
	principal: P,
	options = CONNECTION_OPTIONS
): { socket: FakeSocket; connection: Connection<P> } {
	const socket = new FakeSocket();
	const connection = new Connection<P>(socket, principal, options);
	socket.connection = connection as Connection<unknown>;
	return { socket, connection };
}

/**
 * A client speaking the y-websocket protocol to a registry without a network, as the stock
 * provider does: SyncStep1 on connect, answers the server's SyncStep1, sends its own updates.
 */
export class LocalClient<P> {
	readonly doc = new Y.Doc();
	readonly socket: FakeSocket;
	readonly connection: Connection<P>;

	constructor(principal: P) {
		({ socket: this.socket, connection: this.connection } = fakeConnection(principal));
		this.socket.onSend = (data) => this.handle(data);
		this.doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin !== this) this.connection.receive(updateMessage(update), true);
		});
	}

	async join(registry: RoomRegistry<P>, ref: DocRef): Promise<void> {
		await registry.connect(ref, this.connection);
		this.connection.receive(syncStep1Message(this.doc), true);
	}

	private handle(data: Uint8Array): void {
		const decoder = decoding.createDecoder(data);
		if (decoding.readVarUint(decoder) !== 0) return;
		const reply = encoding.createEncoder();
		encoding.writeVarUint(reply, 0);
		syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
		if (encoding.length(reply) > 1) this.connection.receive(encoding.toUint8Array(reply), true);
	}
}
