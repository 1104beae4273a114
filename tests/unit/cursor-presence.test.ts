import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { readFacilitatorState } from '../../src/lib/board/facilitator-state.ts';
import { Throttle, type ThrottleClock } from '../../src/lib/realtime/throttle.ts';
import { BoardStore, type BoardRole } from '../../src/lib/state/BoardStore.svelte.ts';
import {
	CURSOR_INTERVAL_MS,
	CursorPublisher,
	cursorDevice,
	sharesCursor,
	trackCursor,
	type CursorDevice
} from '../../src/lib/state/cursor-presence.ts';

/** A clock that only moves when told, with the timers it owes. */
class ManualClock implements ThrottleClock {
	time = 0;
	private timers: { at: number; run: () => void }[] = [];

	now = () => this.time;
	setTimeout = (run: () => void, ms: number) => {
		const timer = { at: this.time + ms, run };
		this.timers.push(timer);
		return timer;
	};
	clearTimeout = (handle: unknown) => {
		this.timers = this.timers.filter((timer) => timer !== handle);
	};

	advance(ms: number): void {
		const until = this.time + ms;
		for (;;) {
			const due = this.timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
			if (!due) break;
			this.timers = this.timers.filter((timer) => timer !== due);
			this.time = due.at;
			due.run();
		}
		this.time = until;
	}
}

function publisher() {
	const clock = new ManualClock();
	const sent: { at: number; cursor: unknown }[] = [];
	const cursor = new CursorPublisher(
		{ setLocalStateField: (field, value) => field === 'cursor' && sent.push({ at: clock.time, cursor: value }) },
		clock
	);
	return { clock, sent, cursor };
}

describe('Throttle', () => {
	it('runs a lone request at once and the requests of one interval once, at its end', () => {
		const clock = new ManualClock();
		const runs: number[] = [];
		const throttle = new Throttle(() => runs.push(clock.time), 100, clock);
		throttle.request();
		expect(runs).toEqual([0]);
		for (let t = 0; t < 9; t++) {
			clock.advance(10);
			throttle.request();
		}
		clock.advance(500);
		expect(runs).toEqual([0, 100]);
		throttle.request();
		expect(runs).toEqual([0, 100, 590]);
	});

	it('drops a pending run when cancelled', () => {
		const clock = new ManualClock();
		const runs: number[] = [];
		const throttle = new Throttle(() => runs.push(clock.time), 100, clock);
		throttle.request();
		throttle.request();
		expect(throttle.pending).toBe(true);
		throttle.cancel();
		clock.advance(1_000);
		expect(runs).toEqual([0]);
	});
});

describe('CursorPublisher', () => {
	it('sends at most 10 positions per second however fast the pointer moves, the last one always', () => {
		const { clock, sent, cursor } = publisher();
		// A pointer event every 4 ms for two seconds: 500 moves.
		for (let i = 0; i < 500; i++) {
			cursor.move({ x: i, y: 2 * i });
			clock.advance(4);
		}
		clock.advance(CURSOR_INTERVAL_MS);
		for (const second of [0, 1000]) {
			expect(sent.filter((s) => s.at >= second && s.at < second + 1000).length).toBeLessThanOrEqual(10);
		}
		for (let i = 1; i < sent.length; i++) {
			expect(sent[i]!.at - sent[i - 1]!.at).toBeGreaterThanOrEqual(CURSOR_INTERVAL_MS);
		}
		expect(sent.at(-1)!.cursor).toEqual({ x: 499, y: 998 });
	});

	it('sends nothing for a pointer that did not move, and clears the cursor when it leaves', () => {
		const { clock, sent, cursor } = publisher();
		cursor.move({ x: 10.4, y: 20.6 });
		clock.advance(200);
		cursor.move({ x: 10, y: 21 });
		clock.advance(200);
		expect(sent.map((s) => s.cursor)).toEqual([{ x: 10, y: 21 }]);
		cursor.leave();
		clock.advance(200);
		expect(sent.map((s) => s.cursor)).toEqual([{ x: 10, y: 21 }, null]);
		cursor.move({ x: 5, y: 5 });
		cursor.destroy();
		clock.advance(200);
		expect(sent).toHaveLength(3);
	});
});

describe('trackCursor', () => {
	it('follows the mouse relative to the element, ignores touch, and clears the cursor on leaving', () => {
		const { clock, sent, cursor } = publisher();
		const listeners = new Map<string, (event: Partial<PointerEvent>) => void>();
		const element = {
			getBoundingClientRect: () => ({ left: 100, top: 50 }),
			addEventListener: (type: string, listener: (event: Partial<PointerEvent>) => void) => listeners.set(type, listener),
			removeEventListener: (type: string) => listeners.delete(type)
		};
		const detach = trackCursor(cursor)(element as unknown as HTMLElement);
		listeners.get('pointermove')!({ pointerType: 'touch', clientX: 500, clientY: 500 });
		listeners.get('pointermove')!({ pointerType: 'mouse', clientX: 130, clientY: 90 });
		clock.advance(200);
		listeners.get('pointerleave')!({});
		clock.advance(200);
		expect(sent.map((s) => s.cursor)).toEqual([{ x: 30, y: 40 }, null]);
		detach();
		expect(listeners.size).toBe(0);
	});
});

describe('sharesCursor', () => {
	const desktop: CursorDevice = { finePointer: true, hover: true, viewportWidth: 1440, beamer: false };

	it('is true for the desktop board only: not on phones, tablets, narrow windows or the Beamer-Ansicht', () => {
		expect(sharesCursor(desktop)).toBe(true);
		expect(sharesCursor({ ...desktop, finePointer: false, hover: false, viewportWidth: 390 })).toBe(false);
		expect(sharesCursor({ ...desktop, finePointer: false, hover: false, viewportWidth: 1180 })).toBe(false);
		expect(sharesCursor({ ...desktop, viewportWidth: 800 })).toBe(false);
		expect(sharesCursor({ ...desktop, beamer: true })).toBe(false);
	});

	it('reads pointer, hover and width from the window', () => {
		const media = { '(pointer: fine)': true, '(hover: hover)': false } as Record<string, boolean>;
		const window = { innerWidth: 1280, matchMedia: (query: string) => ({ matches: media[query] ?? false }) };
		expect(cursorDevice(window as unknown as Window, false)).toEqual({
			finePointer: true,
			hover: false,
			viewportWidth: 1280,
			beamer: false
		});
	});
});

describe('BoardStore presence', () => {
	function store(role: BoardRole) {
		const awareness = new Awareness(new Y.Doc());
		const board = new BoardStore(
			{ workshopId: 'w1', role, authorKey: 'me', ended: false },
			readFacilitatorState(new Y.Doc()),
			() => ({ presence: awareness, destroy: () => awareness.destroy() })
		);
		return { board, awareness, fields: () => awareness.getLocalState() };
	}
	const desktop: CursorDevice = { finePointer: true, hover: true, viewportWidth: 1440, beamer: false };
	const phone: CursorDevice = { finePointer: false, hover: false, viewportWidth: 390, beamer: false };

	it('announces the role on every device and shares the cursor on the desktop board only', () => {
		const onDesktop = store('participant');
		onDesktop.board.startPresence(desktop);
		onDesktop.board.cursor!.move({ x: 3, y: 4 });
		expect(onDesktop.fields()).toEqual({ role: 'participant', cursor: { x: 3, y: 4 } });
		expect(onDesktop.board.peerCursors).not.toBeNull();

		const onPhone = store('participant');
		onPhone.board.startPresence(phone);
		expect(onPhone.board.cursor).toBeNull();
		expect(onPhone.fields()).toEqual({ role: 'participant' });
		expect(onPhone.board.peerCursors).toBeNull();

		const beamer = store('viewer');
		beamer.board.startPresence({ ...desktop, beamer: true });
		expect(beamer.board.cursor).toBeNull();
		expect(beamer.fields()).toEqual({ role: 'viewer' });
		expect(beamer.board.peerCursors).toBeNull();
	});
});
