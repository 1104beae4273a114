import { clusterLabel } from '$lib/components/board/card-moves';
import { revealedRanking } from '$lib/components/voting/board-voting';
import type { BoardStore } from '$lib/state/BoardStore.svelte';
import type { LiveCluster } from '$lib/state/LiveItem.svelte';

/** A Thema as the Maßnahmenplan shows it: with rank and Punkte once a round has been revealed. */
export interface PlanTheme {
	id: string;
	title: string;
	rank: number | null;
	votes: number | null;
	cluster: LiveCluster;
}

/**
 * The live Themen, ranked by the latest revealed round (every live cluster is in that ranking, 0
 * Punkte included), or in wall order while no round is revealed. Reads the store's reactive wall
 * and state, so a `$derived` over it follows renames, merges and a new reveal.
 */
export function planThemes(store: BoardStore): PlanTheme[] {
	const ranking = revealedRanking(store);
	if (!ranking) {
		return store.wall.clusters.map((cluster) => ({
			id: cluster.id,
			title: clusterLabel(cluster.current.title),
			rank: null,
			votes: null,
			cluster
		}));
	}
	return ranking.flatMap((row) => {
		const cluster = row.kind === 'cluster' ? store.wall.cluster(row.targetId) : undefined;
		return cluster ? [{ id: row.targetId, title: row.title, rank: row.rank, votes: row.votes, cluster }] : [];
	});
}
