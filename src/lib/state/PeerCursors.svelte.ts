import type { CursorPosition } from './cursor-presence';

/** The part of a y-protocols Awareness that shows who else points where. */
export interface PeerPresence {
	readonly clientID: number;
	getStates(): Map<number, Record<string, unknown>>;
	on(event: 'change', listener: () => void): void;
	off(event: 'change', listener: () => void): void;
}

/** Another person's mouse on the wall; the role is all it says about them (anonymity). */
export interface PeerCursor extends CursorPosition {
	clientId: number;
	facilitator: boolean;
}

/** No wall is this wide or tall: a larger coordinate is not a position on it. */
const MAX_COORDINATE = 100_000;

/**
 * A cursor as another client sent it, or null. Awareness states come from other browsers
 * unchecked by the server, so nothing is drawn from a state that is not exactly `{x, y}` in range.
 */
export function readCursor(state: Record<string, unknown>): CursorPosition | null {
	const cursor = state.cursor;
	if (typeof cursor !== 'object' || cursor === null) return null;
	const { x, y } = cursor as Record<string, unknown>;
	const inRange = (value: unknown): value is number =>
		typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_COORDINATE;
	return inRange(x) && inRange(y) ? { x, y } : null;
}

/**
 * The cursors of everyone else on the desktop board, as the awareness last said. Awareness emits
 * `change` only when a state really changed (not on renewals), at most once per presence tick.
 */
export class PeerCursors {
	#cursors = $state.raw<PeerCursor[]>([]);

	constructor(private readonly presence: PeerPresence) {
		presence.on('change', this.#read);
		this.#read();
	}

	get list(): PeerCursor[] {
		return this.#cursors;
	}

	destroy(): void {
		this.presence.off('change', this.#read);
		this.#cursors = [];
	}

	#read = (): void => {
		const cursors: PeerCursor[] = [];
		for (const [clientId, state] of this.presence.getStates()) {
			if (clientId === this.presence.clientID) continue;
			const position = readCursor(state);
			if (position) cursors.push({ clientId, ...position, facilitator: state.role === 'facilitator' });
		}
		this.#cursors = cursors;
	};
}
