/** The clock and timer a throttle uses; tests pass their own. */
export interface ThrottleClock {
	now(): number;
	setTimeout(run: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

const systemClock: ThrottleClock = {
	now: () => performance.now(),
	setTimeout: (run, ms) => setTimeout(run, ms),
	clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

/**
 * Runs an action at most once per interval, however often it is requested: at once when the last
 * run is an interval or more ago (a lone change is not delayed), otherwise once when the interval
 * is over, for every request made meanwhile. The action reads the latest state itself.
 */
export class Throttle {
	private lastRun = -Infinity;
	private timer: unknown = null;

	constructor(
		private readonly action: () => void,
		readonly intervalMs: number,
		private readonly clock: ThrottleClock = systemClock
	) {}

	get pending(): boolean {
		return this.timer !== null;
	}

	request(): void {
		if (this.timer !== null) return;
		const wait = this.lastRun + this.intervalMs - this.clock.now();
		if (wait <= 0) return this.run();
		this.timer = this.clock.setTimeout(() => {
			this.timer = null;
			this.run();
		}, wait);
	}

	/** Drops a pending run (the owner is going away). */
	cancel(): void {
		if (this.timer !== null) this.clock.clearTimeout(this.timer);
		this.timer = null;
	}

	private run(): void {
		this.lastRun = this.clock.now();
		this.action();
	}
}
