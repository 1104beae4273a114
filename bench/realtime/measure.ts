/** Milliseconds on the system-wide monotonic clock: every process on this machine reads the same. */
export function now(): number {
	return Number(process.hrtime.bigint() / 1000n) / 1000;
}

const FLOOR_MS = 0.01;
const STEP = 1.01;
const BUCKETS = 2_000;

/**
 * A latency histogram with 1 % resolution from 10 µs to past ten minutes: millions of samples
 * cost 8 kB, and histograms of several processes add up.
 */
export class Histogram {
	readonly buckets: number[];
	count = 0;
	sum = 0;
	max = 0;

	constructor(from?: HistogramData) {
		this.buckets = from ? [...from.buckets] : new Array<number>(BUCKETS).fill(0);
		if (from) ({ count: this.count, sum: this.sum, max: this.max } = from);
	}

	record(ms: number): void {
		const value = Math.max(ms, 0);
		const index = value <= FLOOR_MS ? 0 : Math.ceil(Math.log(value / FLOOR_MS) / Math.log(STEP));
		this.buckets[Math.min(index, BUCKETS - 1)]! += 1;
		this.count += 1;
		this.sum += value;
		if (value > this.max) this.max = value;
	}

	add(other: HistogramData): void {
		for (let i = 0; i < BUCKETS; i++) this.buckets[i]! += other.buckets[i]!;
		this.count += other.count;
		this.sum += other.sum;
		this.max = Math.max(this.max, other.max);
	}

	/** The value below which a share `q` of the samples lie (upper bucket bound, so ≤ 1 % high). */
	quantile(q: number): number {
		if (this.count === 0) return NaN;
		const rank = Math.ceil(q * this.count);
		let seen = 0;
		for (let i = 0; i < BUCKETS; i++) {
			seen += this.buckets[i]!;
			if (seen >= rank) return Math.min(FLOOR_MS * STEP ** i, this.max);
		}
		return this.max;
	}

	get mean(): number {
		return this.count === 0 ? NaN : this.sum / this.count;
	}

	toJSON(): HistogramData {
		return { buckets: this.buckets, count: this.count, sum: this.sum, max: this.max };
	}
}

export interface HistogramData {
	buckets: number[];
	count: number;
	sum: number;
	max: number;
}
