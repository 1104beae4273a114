import { callApi, workshopPath } from './workshop-api';

/** A waiting card of silent Sammeln, as GET …/cards/pending lists it. */
export interface PendingCard {
	id: string;
	text: string;
	category: string;
	heldBack: boolean;
	createdAt: number;
}

/**
 * A list the workshop API returns, loaded again whenever something says it changed. Loads overlap
 * (a count changes while a card is being sent) and answers may arrive out of order: only the answer
 * to the latest load counts, so an older list never replaces a newer one.
 */
export class LatestList<T> {
	#items = $state<T[]>([]);
	#latest = 0;

	/**
	 * `path` is read at each load (the component's prop may change); `pick` takes the list out of
	 * the answer's body.
	 */
	constructor(
		private readonly path: () => string,
		private readonly pick: (body: never) => T[]
	) {}

	get items(): T[] {
		return this.#items;
	}

	async refresh(): Promise<void> {
		const load = ++this.#latest;
		const result = await callApi<never>('GET', this.path());
		if (result.ok && load === this.#latest) this.#items = this.pick(result.value);
	}
}

/** The waiting cards the caller may see: their own, or all of them for the Moderation. */
export function pendingCardList(workshopId: () => string): LatestList<PendingCard> {
	return new LatestList(
		() => workshopPath(workshopId(), 'cards/pending'),
		(body: { cards: PendingCard[] }) => body.cards
	);
}
