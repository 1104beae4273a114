import type * as Y from 'yjs';
import { mergedIntoOf, readAll, readCard, readCluster } from './schema.ts';

/**
 * Where a Punkt counts. Votes are stored by the target id they were given to and resolved against
 * the board as it is now, so no vote row is ever rewritten by a board operation:
 * - a live cluster counts for itself; a cluster merged away counts for the cluster it was merged
 *   into (following the chain); a cluster deleted or dissolved otherwise counts for nothing while
 *   it is deleted, and again once restored;
 * - a live card counts for itself while it is unsorted and for its cluster once sorted into a
 *   live one; a deleted card counts for nothing.
 * Plain data, no Y types: taken inside a document read and used afterwards.
 */

export const VOTE_TARGETS = ['clusters', 'clusters_and_cards'] as const;
export type VoteTargets = (typeof VOTE_TARGETS)[number];

export type TargetKind = 'cluster' | 'card';
export type Tallies = Record<string, number>;
export type AcceptResult = { ok: true; targetId: string; kind: TargetKind } | { ok: false; code: 'not_found' | 'invalid' };

interface ClusterNode {
	live: boolean;
	mergedInto: string | null;
}

interface CardNode {
	live: boolean;
	clusterId: string | null;
}

export class TargetIndex {
	constructor(
		private readonly clusters: ReadonlyMap<string, ClusterNode>,
		private readonly cards: ReadonlyMap<string, CardNode>
	) {}

	/** The live cluster or unsorted card a vote for `id` counts for now; null when it counts for nothing. */
	resolve(id: string): string | null {
		const card = this.cards.get(id);
		if (card) {
			if (!card.live) return null;
			return card.clusterId !== null && this.clusters.get(card.clusterId)?.live ? card.clusterId : id;
		}
		const seen = new Set<string>();
		for (let at: string | null = id; at !== null && !seen.has(at); at = this.clusters.get(at)?.mergedInto ?? null) {
			seen.add(at);
			if (this.clusters.get(at)?.live) return at;
		}
		return null;
	}

	kindOf(id: string): TargetKind | null {
		return this.clusters.has(id) ? 'cluster' : this.cards.has(id) ? 'card' : null;
	}

	/**
	 * Whether `id` may receive a new Punkt in a round on `targets`: a live cluster (a merged-away
	 * one stands for its survivor, so a stale screen still votes where the cards are now), or in a
	 * round that includes cards, a live unsorted card. Unknown, foreign and deleted ids are
	 * `not_found`; cards outside such a round, and cards already sorted into a Thema, `invalid`.
	 */
	accept(id: string, targets: VoteTargets): AcceptResult {
		const kind = this.kindOf(id);
		if (kind === 'card') {
			if (targets !== 'clusters_and_cards') return { ok: false, code: 'invalid' };
			const resolved = this.resolve(id);
			if (resolved === null) return { ok: false, code: 'not_found' };
			return resolved === id ? { ok: true, targetId: id, kind } : { ok: false, code: 'invalid' };
		}
		const resolved = kind === 'cluster' ? this.resolve(id) : null;
		return resolved === null ? { ok: false, code: 'not_found' } : { ok: true, targetId: resolved, kind: 'cluster' };
	}

	/** Raw tallies by voted id, summed by where each counts now; what counts for nothing is dropped. */
	resolveTallies(raw: Readonly<Tallies>): Tallies {
		const out: Tallies = {};
		for (const [id, count] of Object.entries(raw)) {
			const target = this.resolve(id);
			if (target !== null) out[target] = (out[target] ?? 0) + count;
		}
		return out;
	}
}

export function targetIndex(doc: Y.Doc): TargetIndex {
	const clusters = readAll(doc, 'clusters', (id, entry): [string, ClusterNode] => [
		id,
		{ live: readCluster(id, entry).deletedAt === null, mergedInto: mergedIntoOf(entry) }
	]);
	const cards = readAll(doc, 'cards', (id, entry): [string, CardNode] => {
		const card = readCard(id, entry);
		return [id, { live: card.deletedAt === null, clusterId: card.clusterId }];
	});
	return new TargetIndex(new Map(clusters), new Map(cards));
}
