import { CloseCode } from './close-codes.ts';
import { awarenessMessage, decodeClientMessage, type ClientMessage, type Rejection } from './messages.ts';
import { TokenBucket } from './token-bucket.ts';

/** What a connection needs of its socket; `ws`'s WebSocket has it, and tests pass a fake. */
export interface PeerSocket {
	readonly readyState: number;
	readonly bufferedAmount: number;
	send(data: Uint8Array): void;
	close(code?: number, reason?: string): void;
	terminate(): void;
	ping(): void;
}

/** The room a connection talks to, once its document is loaded. */
export interface Joined<P> {
	receive(connection: Connection<P>, message: ClientMessage): Rejection | null;
	leave(connection: Connection<P>): void;
}

export interface ConnectionOptions {
	ratePerSecond: number;
	rateBurst: number;
	/** Names the document in log lines. */
	label: string;
	log(line: string): void;
	traffic?: Traffic;
}

/** Told of every frame a socket receives and sends, for the metrics. */
export interface Traffic {
	received(): void;
	sent(): void;
}

const OPEN = 1;
/** Messages a client may send before its document has loaded (the stock client sends two). */
const MAX_EARLY_MESSAGES = 256;
/** A client that reads slower than the room writes is dropped rather than buffered without end. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
/** An awareness update with no entries: the stock client counts it as traffic and changes nothing. */
export const KEEPALIVE_MESSAGE = awarenessMessage(new Uint8Array([0]));

/**
 * One admitted socket. Every frame goes through `receive`, which never throws: a frame that breaks
 * the rate cap or the protocol closes this socket only, with a fitting code and one log line.
 */
export class Connection<P> {
	private room: Joined<P> | null = null;
	private early: Uint8Array[] = [];
	private readonly bucket: TokenBucket;
	private alive = true;
	private closing = false;
	private resolveEnded!: () => void;
	/** Resolves when the socket has closed (for the shutdown to wait on). */
	readonly ended = new Promise<void>((resolve) => (this.resolveEnded = resolve));

	constructor(
		readonly socket: PeerSocket,
		readonly principal: P,
		private readonly options: ConnectionOptions
	) {
		this.bucket = new TokenBucket(options.ratePerSecond, options.rateBurst);
	}

	get closed(): boolean {
		return this.closing;
	}

	receive(data: Uint8Array, binary: boolean): void {
		if (this.closing) return;
		this.options.traffic?.received();
		if (!this.bucket.take()) return this.reject(CloseCode.POLICY, 'message rate over the cap');
		if (!binary) return this.reject(CloseCode.UNSUPPORTED, 'text frame');
		if (this.room) return this.handle(data);
		if (this.early.length >= MAX_EARLY_MESSAGES) {
			return this.reject(CloseCode.POLICY, 'too many messages before sync');
		}
		this.early.push(data);
	}

	/** Called once the room has sent its greeting: from now on messages go to the room. */
	attach(room: Joined<P>): void {
		this.room = room;
		const early = this.early;
		this.early = [];
		for (const data of early) {
			if (this.closing) break;
			this.handle(data);
		}
	}

	send(message: Uint8Array): void {
		if (this.closing || this.socket.readyState !== OPEN) return;
		if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
			return this.reject(CloseCode.TRY_AGAIN, 'client reads too slowly');
		}
		this.socket.send(message);
		this.options.traffic?.sent();
	}

	/** Closes the socket and leaves the room at once; later frames are ignored. */
	close(code: number, reason: string): void {
		if (this.closing) return;
		this.closing = true;
		this.leaveRoom();
		try {
			// Close reasons are limited to 123 bytes; ours are short ASCII.
			this.socket.close(code, reason.replace(/[^\x20-\x7e]/g, '?').slice(0, 120));
		} catch {
			this.socket.terminate();
		}
	}

	/** The socket closed, from either side. */
	socketClosed(): void {
		this.closing = true;
		this.leaveRoom();
		this.resolveEnded();
	}

	/**
	 * Called every keepalive interval: a socket that did not answer the previous ping is dead and
	 * is dropped; every other one gets a ping (for us) and an empty awareness update (for the
	 * client's watchdog, which cannot see pings).
	 */
	keepalive(): void {
		if (this.closing || this.socket.readyState !== OPEN) return;
		if (!this.alive) {
			this.options.log(`realtime ${this.options.label}: no pong, dropping socket`);
			this.closing = true;
			this.leaveRoom();
			this.socket.terminate();
			return;
		}
		this.alive = false;
		this.socket.ping();
		this.send(KEEPALIVE_MESSAGE);
	}

	pong(): void {
		this.alive = true;
	}

	private handle(data: Uint8Array): void {
		try {
			const decoded = decodeClientMessage(data);
			const rejection = decoded.ok ? this.room!.receive(this, decoded.message) : decoded;
			if (rejection) this.reject(rejection.code, rejection.reason);
		} catch (error) {
			this.reject(CloseCode.INTERNAL, error instanceof Error ? error.message : String(error));
		}
	}

	private reject(code: number, reason: string): void {
		this.options.log(`realtime ${this.options.label}: closing socket (${code} ${reason})`);
		this.close(code, reason);
	}

	private leaveRoom(): void {
		const room = this.room;
		this.room = null;
		this.early = [];
		room?.leave(this);
	}
}
