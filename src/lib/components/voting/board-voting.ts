import type { ResultBoard, ResultTarget } from '$lib/board/vote-results';
import { rankTargets } from '$lib/board/vote-results';
import { targetIndex, type VoteTargets } from '$lib/board/vote-targets';
import { clusterLabel } from '$lib/components/board/card-moves';
import type { BoardStore } from '$lib/state/BoardStore.svelte';
import type { VoteTargetItem } from './targets';

/**
 * What the voting views need from the board store. Both read the store's reactive wall (lists,
 * titles, texts), so a `$derived` over them follows renames, moves and merges; the merge chain
 * itself is read from the document, which changes together with the wall's lists.
 */

/** The live Themen in board order and, in a round on cards, the unsorted cards. */
export function voteTargets(store: BoardStore, targets: VoteTargets): VoteTargetItem[] {
	const clusters = store.wall.clusters.map(
		(cluster): VoteTargetItem => ({
			id: cluster.id,
			kind: 'cluster',
			title: clusterLabel(cluster.current.title),
			cards: cluster.cards.map((card) => card.current.text)
		})
	);
	if (targets !== 'clusters_and_cards') return clusters;
	const cards = store.wall.unsorted.map(
		(card): VoteTargetItem => ({ id: card.id, kind: 'card', title: card.current.text, cards: [] })
	);
	return [...clusters, ...cards];
}

/** The revealed round's ranking against the board as it is now; null while nothing is revealed. */
export function revealedRanking(store: BoardStore): ResultTarget[] | null {
	const { revealed } = store.facilitator;
	if (!revealed) return null;
	const resultCard = (card: (typeof store.wall.unsorted)[number]) => ({
		id: card.id,
		text: card.current.text,
		category: card.current.category
	});
	const board: ResultBoard = {
		index: targetIndex(store.doc),
		clusters: store.wall.clusters.map((cluster) => ({
			id: cluster.id,
			title: clusterLabel(cluster.current.title),
			cards: cluster.cards.map(resultCard)
		})),
		unsorted: store.wall.unsorted.map(resultCard)
	};
	return rankTargets(board, revealed);
}
