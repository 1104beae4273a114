import { Throttle, type ThrottleClock } from '$lib/realtime/throttle';

/** A browser sends its own cursor at most this often (10 times per second). */
export const CURSOR_INTERVAL_MS = 100;
/** Narrower viewports get the phone layout, where nobody points at the wall. */
export const DESKTOP_MIN_WIDTH = 1024;

/** A position on the board, in board coordinates (not screen pixels: zoom and scroll differ). */
export interface CursorPosition {
	x: number;
	y: number;
}

/** What decides whether a device shares its cursor. */
export interface CursorDevice {
	/** `(pointer: fine)`: a mouse or trackpad, not a finger. */
	finePointer: boolean;
	/** `(hover: hover)`: the pointer can move without pressing. */
	hover: boolean;
	viewportWidth: number;
	/** The Beamer-Ansicht shows the wall to the room; it points at nothing. */
	beamer: boolean;
}

/**
 * Only the desktop board sends a cursor: a hovering fine pointer on a wide viewport. Phones and the
 * Beamer-Ansicht send presence (who is here) but no cursor.
 */
export function sharesCursor(device: CursorDevice): boolean {
	return !device.beamer && device.finePointer && device.hover && device.viewportWidth >= DESKTOP_MIN_WIDTH;
}

/** The device facts from a browser window. */
export function cursorDevice(window: Pick<Window, 'matchMedia' | 'innerWidth'>, beamer: boolean): CursorDevice {
	return {
		finePointer: window.matchMedia('(pointer: fine)').matches,
		hover: window.matchMedia('(hover: hover)').matches,
		viewportWidth: window.innerWidth,
		beamer
	};
}

/** The part of a y-protocols Awareness the publisher needs. */
export interface LocalPresence {
	setLocalStateField(field: string, value: unknown): void;
}

/**
 * Publishes the local cursor into the awareness state, at most once per CURSOR_INTERVAL_MS: pointer
 * moves in between only replace the position that goes out next, so the last one always arrives.
 * `leave` clears the cursor (pointer off the board) the same way.
 */
export class CursorPublisher {
	private latest: CursorPosition | null = null;
	/** What went out last, as JSON; a position that did not change is not sent again. */
	private published: string | null = null;
	private readonly throttle: Throttle;

	constructor(
		private readonly presence: LocalPresence,
		clock?: ThrottleClock
	) {
		this.throttle = new Throttle(() => this.publish(), CURSOR_INTERVAL_MS, clock);
	}

	move(position: CursorPosition): void {
		this.latest = { x: Math.round(position.x), y: Math.round(position.y) };
		this.throttle.request();
	}

	leave(): void {
		this.latest = null;
		this.throttle.request();
	}

	/** Stops publishing; a pending position is dropped. */
	destroy(): void {
		this.throttle.cancel();
	}

	private publish(): void {
		const text = JSON.stringify(this.latest);
		if (text === this.published) return;
		this.published = text;
		this.presence.setLocalStateField('cursor', this.latest);
	}
}

/**
 * Follows the mouse over `element` (an attachment: `{@attach trackCursor(publisher)}`): positions
 * relative to the element's top-left corner, so the same card is under the same point for everyone
 * whose wall has the same layout. Touch and pen do not count, and leaving the element clears it.
 */
export function trackCursor(publisher: CursorPublisher): (element: HTMLElement) => () => void {
	return (element) => {
		const move = (event: PointerEvent) => {
			if (event.pointerType !== 'mouse') return;
			const box = element.getBoundingClientRect();
			publisher.move({ x: event.clientX - box.left, y: event.clientY - box.top });
		};
		const leave = () => publisher.leave();
		element.addEventListener('pointermove', move);
		element.addEventListener('pointerleave', leave);
		return () => {
			element.removeEventListener('pointermove', move);
			element.removeEventListener('pointerleave', leave);
			publisher.leave();
		};
	};
}
