import type { Timer } from './facilitator-state.ts';

/**
 * The facilitator's timer, computed against the server clock: a running timer stores the server
 * time at which it reaches zero, so every client shows the same value once it knows how far its
 * own clock is off (clock-offset.ts), however late it joined.
 */

export type TimerCommand =
	| { action: 'start'; durationMs: number }
	| { action: 'pause' }
	| { action: 'resume' }
	| { action: 'add'; ms: number }
	| { action: 'reset' };

/** The longest a timer may run: a workshop day. */
export const MAX_TIMER_MS = 12 * 60 * 60 * 1000;

export const STOPPED: Timer = { endsAt: null, remainingMs: 0, running: false };

/** What is left at server time `now`; never below zero. */
export function remainingMs(timer: Timer, now: number): number {
	if (timer.running && timer.endsAt !== null) return Math.max(0, timer.endsAt - now);
	return Math.max(0, timer.remainingMs);
}

const clamp = (ms: number) => Math.min(MAX_TIMER_MS, Math.max(0, Math.round(ms)));

/**
 * The timer after a command at server time `now`. Pausing a stopped timer or resuming a running
 * one changes nothing; adding time to a timer that has run out starts the added time from now.
 */
export function applyTimer(timer: Timer, command: TimerCommand, now: number): Timer {
	switch (command.action) {
		case 'start': {
			const duration = clamp(command.durationMs);
			return { endsAt: now + duration, remainingMs: duration, running: true };
		}
		case 'pause':
			return timer.running ? { endsAt: null, remainingMs: remainingMs(timer, now), running: false } : timer;
		case 'resume': {
			if (timer.running) return timer;
			const left = remainingMs(timer, now);
			return { endsAt: now + left, remainingMs: left, running: true };
		}
		case 'add': {
			const left = clamp(remainingMs(timer, now) + command.ms);
			return timer.running ? { endsAt: now + left, remainingMs: left, running: true } : { ...timer, remainingMs: left };
		}
		case 'reset':
			return STOPPED;
	}
}

/** "m:ss", or "h:mm:ss" from an hour on; seconds round up, so 0:00 shows only once time is up. */
export function formatRemaining(ms: number): string {
	const total = Math.ceil(Math.max(0, ms) / 1000);
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = String(total % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
