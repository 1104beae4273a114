import type * as Y from 'yjs';
import { germanTextOf } from '../../board/card-languages.ts';
import { moveCard } from '../../board/cards.ts';
import { createCluster } from '../../board/clusters.ts';
import { fail, ok, type BoardResult } from '../../board/result.ts';
import type { Card } from '../../board/schema.ts';
import { cardsOf, isLiveCluster, wall } from '../../board/selectors.ts';
import { suggestClusters, type ExistingCluster, type SuggestionCard } from './index.ts';

/**
 * Vorschläge on the live board: the suggestion module groups the unsorted cards (or assigns them to
 * an existing cluster), and accepting one applies it with the board's own operations.
 */

export interface SuggestionView {
	title: string;
	cards: SuggestionCard[];
	score: number;
	targetClusterId?: string;
}

/**
 * What the suggestions are computed from: "Unsortiert" and the clusters with their titles and cards,
 * each card in German where it has German, so that an Arabic card and its German twin meet.
 */
export function suggestionInput(doc: Y.Doc): { unsorted: SuggestionCard[]; clusters: ExistingCluster[] } {
	const { clusters, unsorted } = wall(doc);
	const card = (c: Card): SuggestionCard => ({ id: c.id, text: germanTextOf(c), category: c.category });
	return {
		unsorted: unsorted.map(card),
		clusters: clusters.map(({ cluster, cards }) => ({
			id: cluster.id,
			title: cluster.title,
			cardTexts: cards.map(germanTextOf)
		}))
	};
}

export function suggestionsFor(input: ReturnType<typeof suggestionInput>): SuggestionView[] {
	const byId = new Map(input.unsorted.map((card) => [card.id, card]));
	return suggestClusters(input.unsorted, { existingClusters: input.clusters }).map(({ cardIds, ...rest }) => ({
		...rest,
		cards: cardIds.map((id) => byId.get(id)!)
	}));
}

export interface Accepted {
	clusterId: string;
	/** Cards moved, in the suggestion's order. */
	moved: string[];
	/** Cards someone sorted or deleted since the suggestion was made; left where they are. */
	skipped: string[];
}

/**
 * "Übernehmen", in one board transaction: the cards still unsorted and live go to the end of the
 * existing target cluster, or of a new cluster with the suggestion's title. Fails when none is
 * left to move or the target cluster is gone.
 */
export function acceptSuggestion(
	doc: Y.Doc,
	input: { title: string; cardIds: readonly string[]; targetClusterId?: string }
): BoardResult<Accepted> {
	return doc.transact(() => {
		const unsorted = new Set(cardsOf(doc, null).map((card) => card.id));
		const ids = [...new Set(input.cardIds)];
		const moved = ids.filter((id) => unsorted.has(id));
		if (moved.length === 0) return fail('cardIds', 'not_found');
		let clusterId = input.targetClusterId;
		if (clusterId !== undefined && !isLiveCluster(doc, clusterId)) return fail('targetClusterId', 'not_found');
		if (clusterId === undefined) {
			const created = createCluster(doc, { title: input.title });
			if (!created.ok) return created;
			clusterId = created.value;
		}
		for (const id of moved) moveCard(doc, id, { clusterId });
		return ok({ clusterId, moved, skipped: ids.filter((id) => !unsorted.has(id)) });
	});
}
