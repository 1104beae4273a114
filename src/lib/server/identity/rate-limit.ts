/**
 * Counts failures per key (an email, an address) in a fixed window and blocks the key once the
 * limit is reached, until the window has passed. Successes do not count; `reset` forgets a key
 * after a successful login. Kept in memory: one process, and a restart only lifts the blocks.
 */
export class FailureLimiter {
	readonly #limit: number;
	readonly #windowMs: number;
	readonly #entries = new Map<string, { count: number; windowStart: number }>();

	constructor(limit: number, windowMs: number) {
		this.#limit = limit;
		this.#windowMs = windowMs;
	}

	/** Milliseconds until the key may try again, or 0 when it may try now. */
	retryAfter(key: string, now = Date.now()): number {
		const entry = this.#entries.get(key);
		if (!entry) return 0;
		const windowEnd = entry.windowStart + this.#windowMs;
		if (now >= windowEnd) {
			this.#entries.delete(key);
			return 0;
		}
		return entry.count >= this.#limit ? windowEnd - now : 0;
	}

	recordFailure(key: string, now = Date.now()): void {
		const entry = this.#entries.get(key);
		if (!entry || now >= entry.windowStart + this.#windowMs) {
			this.#entries.set(key, { count: 1, windowStart: now });
			if (this.#entries.size > 10_000) this.#prune(now);
			return;
		}
		entry.count += 1;
	}

	reset(key: string): void {
		this.#entries.delete(key);
	}

	#prune(now: number): void {
		for (const [key, entry] of this.#entries) {
			if (now >= entry.windowStart + this.#windowMs) this.#entries.delete(key);
		}
	}
}
