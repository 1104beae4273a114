/** A token bucket: `ratePerSecond` sustained, up to `burst` at once. */
export class TokenBucket {
	private tokens: number;
	private last: number;

	constructor(
		private readonly ratePerSecond: number,
		private readonly burst: number,
		now = performance.now()
	) {
		this.tokens = burst;
		this.last = now;
	}

	/** Takes one token; false when the bucket is empty. */
	take(now = performance.now()): boolean {
		this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.ratePerSecond) / 1000);
		this.last = now;
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}
}
