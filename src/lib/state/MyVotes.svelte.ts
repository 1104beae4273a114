import type { Tallies } from '$lib/board/vote-targets';

/** Refusals the voting view puts into words; anything else is `failed`. */
export type VoteError = 'budget_exhausted' | 'target_max' | 'voting_closed' | 'target_not_found' | 'failed';

const KNOWN: readonly string[] = ['budget_exhausted', 'target_max', 'voting_closed', 'target_not_found'];

interface Answer {
	mine: Tallies;
	lapsed?: Tallies;
	remaining: number;
}

const sum = (tallies: Tallies) => Object.values(tallies).reduce((a, b) => a + b, 0);

/**
 * One participant's own Punkte in the current round, as the server holds them. Taps are sent one
 * after another (the server decides each in its transaction); while they travel the view already
 * shows them, so quick taps feel instant, and a refused tap is undone with its reason. Nobody
 * else's Punkte ever reach this class.
 */
export class MyVotes {
	readonly #url: string;
	readonly #fetch: typeof fetch;
	#mine = $state.raw<Tallies>({});
	#lapsed = $state.raw<Tallies>({});
	#remaining = $state(0);
	#inFlight = $state.raw<Tallies>({});
	#error = $state<VoteError | null>(null);
	/** Counts taps, so a late answer never clears the reason given for a newer one. */
	#taps = 0;
	#queue: Promise<unknown> = Promise.resolve();

	constructor(workshopId: string, fetcher: typeof fetch = fetch) {
		this.#url = `/api/workshops/${encodeURIComponent(workshopId)}/votes`;
		this.#fetch = fetcher;
	}

	/** Own Punkte on a target, taps on their way included. */
	count(targetId: string): number {
		return (this.#mine[targetId] ?? 0) + (this.#inFlight[targetId] ?? 0);
	}

	get remaining(): number {
		return this.#remaining - sum(this.#inFlight);
	}

	get lapsed(): Tallies {
		return this.#lapsed;
	}

	get lapsedCount(): number {
		return sum(this.#lapsed);
	}

	get error(): VoteError | null {
		return this.#error;
	}

	/**
	 * Reads the own Punkte again (page load, a new round, Themen merged), in line with the taps, so
	 * an older answer never overwrites a newer one.
	 */
	load(): Promise<void> {
		const loaded = this.#queue.then(async () => {
			const response = await this.#fetch(`${this.#url}/mine`).catch(() => null);
			if (response?.ok) this.#take(await response.json());
		});
		const settled = loaded.catch(() => {});
		this.#queue = settled;
		return settled;
	}

	/**
	 * Gives a Punkt. What the rules already forbid is answered here without a request; the server
	 * checks again and has the last word.
	 */
	give(targetId: string, rules: { maxPerTarget: number }): Promise<VoteError | null> {
		const refused = this.remaining <= 0 ? 'budget_exhausted' : this.count(targetId) >= rules.maxPerTarget ? 'target_max' : null;
		if (refused) {
			this.#taps++;
			this.#error = refused;
			return Promise.resolve(refused);
		}
		return this.#send(targetId, 1);
	}

	takeBack(targetId: string): Promise<VoteError | null> {
		if (this.count(targetId) <= 0 && !this.#lapsed[targetId]) return Promise.resolve(null);
		return this.#send(targetId, -1);
	}

	#send(targetId: string, delta: 1 | -1): Promise<VoteError | null> {
		const tap = ++this.#taps;
		this.#error = null;
		this.#shift(targetId, delta);
		const sent = this.#queue.then(() => this.#post(targetId, delta, tap));
		this.#queue = sent;
		return sent;
	}

	async #post(targetId: string, delta: 1 | -1, tap: number): Promise<VoteError | null> {
		let error: VoteError | null = null;
		try {
			const response = await this.#fetch(this.#url, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ targetId, delta })
			});
			const body = await response.json();
			if (response.ok) this.#take(body);
			else error = KNOWN.includes(body?.error?.code) ? body.error.code : 'failed';
		} catch {
			error = 'failed';
		}
		this.#shift(targetId, -delta);
		if (error || tap === this.#taps) this.#error = error;
		return error;
	}

	#shift(targetId: string, delta: number): void {
		const { [targetId]: current = 0, ...rest } = this.#inFlight;
		this.#inFlight = current + delta === 0 ? rest : { ...rest, [targetId]: current + delta };
	}

	#take(answer: Answer): void {
		this.#mine = answer.mine;
		this.#lapsed = answer.lapsed ?? {};
		this.#remaining = answer.remaining;
	}
}
