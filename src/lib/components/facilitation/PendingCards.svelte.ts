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
 * The waiting cards the caller may see (their own, or all for facilitators). Loads overlap (a
 * count changes while a card is being sent) and answers may arrive out of order: only the answer
 * to the latest load counts, so an older list never replaces a newer one.
 */
export class PendingCards {
	#cards = $state<PendingCard[]>([]);
	#latest = 0;

	/** `workshopId` is read at each load: the component's prop may change. */
	constructor(private readonly workshopId: () => string) {}

	get cards(): PendingCard[] {
		return this.#cards;
	}

	async refresh(): Promise<void> {
		const load = ++this.#latest;
		const result = await callApi<{ cards: PendingCard[] }>('GET', workshopPath(this.workshopId(), 'cards/pending'));
		if (result.ok && load === this.#latest) this.#cards = result.value.cards;
	}
}
