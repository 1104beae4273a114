import type { HistogramData } from './measure.ts';

/** Stock `y-websocket` providers, or protocol-level light clients speaking the same messages. */
export type ClientKind = 'stock' | 'light';

/** One simulated participant, as the main process hands it to a generator process. */
export interface ClientPlan {
	index: number;
	room: number;
	/** `serverUrl` and `roomName` as the stock client takes them: it connects to `serverUrl/roomName`. */
	serverUrl: string;
	roomName: string;
	token: string | null;
	kind: ClientKind;
	/** Milliseconds after the common start at which this client connects. */
	connectAt: number;
}

export interface Activity {
	editsPerSecond: number;
	cursorsPerSecond: number;
	/** Light clients re-send every awareness change they receive, as the stock client does. */
	echo: boolean;
}

export type ToGenerator =
	| { type: 'start'; clients: ClientPlan[]; activity: Activity; startAt: number; seed: number }
	| { type: 'stop' }
	| { type: 'report' }
	| { type: 'close' };

export type FromGenerator = { type: 'progress'; progress: Progress } | { type: 'report'; report: GeneratorReport };

export interface Progress {
	synced: number;
	/** Cards and cursor positions received so far, to tell when traffic has settled. */
	arrivals: number;
	closes: number;
}

export interface ClientReport {
	index: number;
	room: number;
	kind: ClientKind;
	/** From opening the socket to the first completed sync. */
	connectMs: number | null;
	syncedAt: number | null;
	/** Keys of the cards this client wrote. */
	sent: string[];
	/** Cards of others sent after this client synced, each counted once. */
	delivered: number;
	/** Every card key this client holds, sorted and joined, hashed. */
	cardsHash: string;
	cardCount: number;
	/** Base64 state vector of the client's document (stock clients; light clients keep none). */
	stateVector: string | null;
	cursorSeq: number;
	/** Whom this client sees as present, with the last cursor position it saw of each. */
	present: Record<number, number>;
	/** Close codes of connections lost other than by our own hand. */
	closes: number[];
}

export interface GeneratorReport {
	clients: ClientReport[];
	edits: HistogramData;
	cursors: HistogramData;
	/** Cursor positions that a later one replaced before the receiver saw them (timed by the later arrival). */
	cursorsSuperseded: number;
	/** Positions replaced further back than a state carries send times for. */
	cursorsUntimed: number;
	/** The generator's own event-loop delay: past a few milliseconds, it measures itself. */
	loopDelayP99: number;
}
