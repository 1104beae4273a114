import { callApi, workshopPath } from './workshop-api';

/** A waiting card of silent Sammeln, as GET …/cards/pending lists it. */
export interface PendingCard {
	id: string;
	text: string;
	category: string;
	heldBack: boolean;
	createdAt: number;
}

/** The waiting cards the caller may see (their own, or all for facilitators); null when offline. */
export async function loadPending(workshopId: string): Promise<PendingCard[] | null> {
	const result = await callApi<{ cards: PendingCard[] }>('GET', workshopPath(workshopId, 'cards/pending'));
	return result.ok ? result.value.cards : null;
}
