import type * as Y from 'yjs';
import { cleanText, LIMITS } from './fields.ts';
import { newId } from './ids.ts';
import { assign, createEntry, place, setDeleted } from './mutate.ts';
import { endKeys, type Placement } from './ordering.ts';
import { fail, ok, type BoardResult } from './result.ts';
import { entryOf, liveEntry, MERGED_INTO, readAction, readAll, type Card, type ClusterData } from './schema.ts';
import { cardsOf, listClusters } from './selectors.ts';

/**
 * Cluster operations. A deleted cluster keeps its cards' `clusterId`: they show in "Unsortiert"
 * meanwhile and return with the cluster when it is restored. Dissolving and merging move the cards
 * for good.
 */

export type NewCluster = Placement & { title?: string; id?: string; now?: number };

const TITLE = { max: LIMITS.clusterTitle };

/** Creates a cluster (title may stay empty until someone names it); returns its id. */
export function createCluster(doc: Y.Doc, input: NewCluster = {}): BoardResult<string> {
	const title = cleanText('title', input.title ?? '', TITLE);
	if (!title.ok) return title;
	return doc.transact(() => {
		const key = place(doc, 'clusters', listClusters(doc), input);
		if (!key.ok) return key;
		const id = input.id ?? newId();
		const cluster: ClusterData = {
			title: title.value,
			order: key.value,
			createdAt: input.now ?? Date.now(),
			deletedAt: null
		};
		createEntry(doc, 'clusters', id, cluster);
		return ok(id);
	});
}

export function renameCluster(doc: Y.Doc, id: string, title: string): BoardResult {
	const clean = cleanText('title', title, TITLE);
	if (!clean.ok) return clean;
	return doc.transact(() => {
		const entry = liveEntry(doc, 'clusters', id);
		if (!entry) return fail('cluster', 'not_found');
		assign(entry, { title: clean.value });
		return ok();
	});
}

export function moveCluster(doc: Y.Doc, id: string, placement: Placement): BoardResult {
	return doc.transact(() => {
		const entry = liveEntry(doc, 'clusters', id);
		if (!entry) return fail('cluster', 'not_found');
		const key = place(doc, 'clusters', listClusters(doc).filter((c) => c.id !== id), placement);
		if (!key.ok) return key;
		entry.set('order', key.value);
		return ok();
	});
}

/** Puts `cards` at the end of `clusterId` (null: "Unsortiert"), keeping their order. */
function appendCards(doc: Y.Doc, cards: readonly Card[], clusterId: string | null): void {
	const keys = endKeys(cardsOf(doc, clusterId), cards.length);
	cards.forEach((card, i) => {
		const entry = entryOf(doc, 'cards', card.id)!;
		entry.set('clusterId', clusterId);
		entry.set('order', keys[i]!);
	});
}

/**
 * Merges duplicates: the source's cards go to the end of the target in their order, Maßnahmen
 * linked to the source follow, and the source is deleted with `mergedInto` naming the target, so
 * Punkte given to the source count for the target (src/lib/board/vote-targets.ts). Returns the
 * ids of the moved cards.
 */
export function mergeClusters(
	doc: Y.Doc,
	sourceId: string,
	targetId: string,
	now = Date.now()
): BoardResult<string[]> {
	return doc.transact(() => {
		const source = liveEntry(doc, 'clusters', sourceId);
		if (!source) return fail('source', 'not_found');
		if (!liveEntry(doc, 'clusters', targetId)) return fail('target', 'not_found');
		if (sourceId === targetId) return fail('target', 'invalid');
		const cards = cardsOf(doc, sourceId);
		appendCards(doc, cards, targetId);
		for (const action of readAll(doc, 'actions', readAction)) {
			if (action.clusterId === sourceId) entryOf(doc, 'actions', action.id)!.set('clusterId', targetId);
		}
		source.set('deletedAt', now);
		source.set(MERGED_INTO, targetId);
		return ok(cards.map((c) => c.id));
	});
}

/** Sends the cluster's cards to the end of "Unsortiert" and deletes it. Returns the ids of those cards. */
export function dissolveCluster(doc: Y.Doc, id: string, now = Date.now()): BoardResult<string[]> {
	return doc.transact(() => {
		const entry = liveEntry(doc, 'clusters', id);
		if (!entry) return fail('cluster', 'not_found');
		const cards = cardsOf(doc, id);
		appendCards(doc, cards, null);
		entry.set('deletedAt', now);
		return ok(cards.map((c) => c.id));
	});
}

export const deleteCluster = (doc: Y.Doc, id: string, now = Date.now()) =>
	setDeleted(doc, 'clusters', 'cluster', id, now);
/** A restored cluster stands on its own again: its Punkte no longer follow a former merge. */
export function restoreCluster(doc: Y.Doc, id: string): BoardResult {
	return doc.transact(() => {
		const restored = setDeleted(doc, 'clusters', 'cluster', id, null);
		const entry = entryOf(doc, 'clusters', id);
		if (restored.ok && entry?.has(MERGED_INTO)) entry.delete(MERGED_INTO);
		return restored;
	});
}
