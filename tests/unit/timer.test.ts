import { describe, expect, it } from 'vitest';
import { clockOffset } from '../../src/lib/board/clock-offset.ts';
import { applyTimer, formatRemaining, MAX_TIMER_MS, remainingMs, STOPPED } from '../../src/lib/board/timer.ts';

const T0 = 1_750_000_000_000;
const MIN = 60_000;

describe('timer', () => {
	it('runs down from the server time it was started at, and never below zero', () => {
		const timer = applyTimer(STOPPED, { action: 'start', durationMs: 5 * MIN }, T0);
		expect(timer).toEqual({ endsAt: T0 + 5 * MIN, remainingMs: 5 * MIN, running: true });
		expect(remainingMs(timer, T0 + MIN)).toBe(4 * MIN);
		expect(remainingMs(timer, T0 + 6 * MIN)).toBe(0);
	});

	it('keeps what was left while paused and goes on from there after resume', () => {
		const started = applyTimer(STOPPED, { action: 'start', durationMs: 5 * MIN }, T0);
		const paused = applyTimer(started, { action: 'pause' }, T0 + 2 * MIN);
		expect(paused).toEqual({ endsAt: null, remainingMs: 3 * MIN, running: false });
		expect(remainingMs(paused, T0 + 60 * MIN)).toBe(3 * MIN);
		const resumed = applyTimer(paused, { action: 'resume' }, T0 + 10 * MIN);
		expect(resumed).toEqual({ endsAt: T0 + 13 * MIN, remainingMs: 3 * MIN, running: true });
	});

	it('ignores pausing a paused timer and resuming a running one', () => {
		const started = applyTimer(STOPPED, { action: 'start', durationMs: MIN }, T0);
		expect(applyTimer(started, { action: 'resume' }, T0 + 1000)).toBe(started);
		const paused = applyTimer(started, { action: 'pause' }, T0 + 1000);
		expect(applyTimer(paused, { action: 'pause' }, T0 + 5000)).toBe(paused);
	});

	it('adds a minute to a running, a paused and a timer that has run out', () => {
		const started = applyTimer(STOPPED, { action: 'start', durationMs: MIN }, T0);
		expect(remainingMs(applyTimer(started, { action: 'add', ms: MIN }, T0 + 30_000), T0 + 30_000)).toBe(90_000);
		const paused = applyTimer(started, { action: 'pause' }, T0 + 30_000);
		expect(applyTimer(paused, { action: 'add', ms: MIN }, T0 + 90_000)).toEqual({
			endsAt: null,
			remainingMs: 90_000,
			running: false
		});
		// Run out five minutes ago: the added minute starts now, not in the past.
		const late = applyTimer(started, { action: 'add', ms: MIN }, T0 + 6 * MIN);
		expect(late.endsAt).toBe(T0 + 7 * MIN);
	});

	it('clamps to zero and to a workshop day, and resets to stopped', () => {
		const started = applyTimer(STOPPED, { action: 'start', durationMs: MIN }, T0);
		expect(remainingMs(applyTimer(started, { action: 'add', ms: -5 * MIN }, T0), T0)).toBe(0);
		expect(applyTimer(STOPPED, { action: 'start', durationMs: 10 * MAX_TIMER_MS }, T0).remainingMs).toBe(MAX_TIMER_MS);
		expect(applyTimer(started, { action: 'reset' }, T0)).toEqual(STOPPED);
	});

	it('formats what is left as minutes and seconds, rounding seconds up', () => {
		expect(formatRemaining(5 * MIN)).toBe('5:00');
		expect(formatRemaining(59_001)).toBe('1:00');
		expect(formatRemaining(59_000)).toBe('0:59');
		expect(formatRemaining(1)).toBe('0:01');
		expect(formatRemaining(0)).toBe('0:00');
		expect(formatRemaining(-5)).toBe('0:00');
		expect(formatRemaining(61 * MIN + 5000)).toBe('1:01:05');
	});
});

describe('clockOffset', () => {
	it('takes the middle of the round trip of the fastest sample', () => {
		// The client's clock is 10 s behind the server's.
		const samples = [
			{ sentAt: 1000, receivedAt: 1400, serverNow: 11_050 },
			{ sentAt: 2000, receivedAt: 2040, serverNow: 12_020 },
			{ sentAt: 3000, receivedAt: 3900, serverNow: 13_100 }
		];
		expect(clockOffset(samples)).toBe(10_000);
	});

	it('lets two screens with wrong clocks show the same time left, within a second', () => {
		const endsAt = 200_000;
		const shown = [-42_000, 3_600_000].map((skew) => {
			// The server read its clock 150 ms into a 400 ms round trip, not in the middle.
			const sentAt = 50_000 + skew;
			const offset = clockOffset([{ sentAt, receivedAt: sentAt + 400, serverNow: 50_150 }]);
			const localNow = 100_000 + skew;
			return endsAt - (localNow + offset);
		});
		expect(Math.abs(shown[0]! - shown[1]!)).toBeLessThan(1000);
		for (const left of shown) expect(Math.abs(left - 100_000)).toBeLessThanOrEqual(200);
	});

	it('is zero without usable samples', () => {
		expect(clockOffset([])).toBe(0);
		expect(clockOffset([{ sentAt: 10, receivedAt: 5, serverNow: 99 }])).toBe(0);
	});
});
