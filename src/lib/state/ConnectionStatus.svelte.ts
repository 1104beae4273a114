import { CloseCode } from '$lib/realtime/close-codes';

/**
 * - connecting: the first contact since the page loaded;
 * - online: synced with the server;
 * - offline: the connection was lost and is retried; edits are kept locally and sent once synced;
 * - expired: the server closed for good (4401 no session, 4403 no access, 4404 deleted).
 */
export type ConnectionState = 'connecting' | 'online' | 'offline' | 'expired';

const FINAL: ReadonlySet<number> = new Set([CloseCode.NO_SESSION, CloseCode.NO_ACCESS, CloseCode.GONE]);

export const isFinalClose = (code: number) => FINAL.has(code);

/**
 * What the page says about the connection, and how many local changes the server has not yet
 * confirmed. Changes count per transaction; the sync layer confirms a count once the server has
 * answered a message sent after them (it handles one socket's messages in order).
 */
export class ConnectionStatus {
	#state = $state<ConnectionState>('connecting');
	#closeCode = $state<number | null>(null);
	#changes = $state(0);
	#confirmed = $state(0);

	constructor(online = true) {
		if (!online) this.#state = 'offline';
	}

	get state(): ConnectionState {
		return this.#state;
	}

	/** The final close code once the state is `expired`. */
	get closeCode(): number | null {
		return this.#closeCode;
	}

	/** Local changes the server has not confirmed yet. */
	get pending(): number {
		return this.#changes - this.#confirmed;
	}

	/** Counter value to confirm later with `confirm`. */
	get changeCount(): number {
		return this.#changes;
	}

	localChange(): void {
		this.#changes++;
	}

	/** The server has everything up to the `count`th local change. */
	confirm(count: number): void {
		if (count > this.#confirmed) this.#confirmed = Math.min(count, this.#changes);
	}

	synced(): void {
		if (this.#state !== 'expired') this.#state = 'online';
	}

	/** A socket closed; `code` is null when we closed it ourselves. */
	closed(code: number | null): void {
		if (this.#state === 'expired') return;
		if (code !== null && isFinalClose(code)) {
			this.#state = 'expired';
			this.#closeCode = code;
		} else {
			this.#state = 'offline';
		}
	}

	/** The browser lost its network; it stays offline until the next sync. */
	wentOffline(): void {
		if (this.#state !== 'expired') this.#state = 'offline';
	}
}
