import { createSubscriber } from 'svelte/reactivity';
import { clockOffset, type ClockSample } from '$lib/board/clock-offset';

/** How often a shown time moves on; four times a second keeps every second's change on time. */
const TICK_MS = 250;
const SAMPLES = 3;
/** Clocks drift and laptops sleep: ask again now and then. */
const RESYNC_MS = 10 * 60_000;

/**
 * The server's clock as this browser can best tell it (GET /api/time, clock-offset.ts), so that the
 * timer on a phone and on the Beamer show the same second. `now` ticks while something shows it.
 */
export class ServerClock {
	#offset = $state(0);
	readonly #subscribe = createSubscriber((update) => {
		const tick = setInterval(update, TICK_MS);
		const resync = setInterval(() => void this.sync(), RESYNC_MS);
		void this.sync();
		return () => {
			clearInterval(tick);
			clearInterval(resync);
		};
	});

	/** Milliseconds the server's clock is ahead of this one. */
	get offset(): number {
		return this.#offset;
	}

	/** Server time now; read in a template or effect, it updates several times a second. */
	get now(): number {
		this.#subscribe();
		return Date.now() + this.#offset;
	}

	async sync(): Promise<void> {
		const samples: ClockSample[] = [];
		for (let i = 0; i < SAMPLES; i++) {
			const sentAt = Date.now();
			try {
				const response = await fetch('/api/time', { cache: 'no-store' });
				const { now } = (await response.json()) as { now: number };
				samples.push({ sentAt, receivedAt: Date.now(), serverNow: now });
			} catch {
				// Offline: keep the offset we have; the next round tries again.
			}
		}
		if (samples.length > 0) this.#offset = clockOffset(samples);
	}
}
