import type * as Y from 'yjs';
import { compareOrdered, type Ordered } from './ordering.ts';
import {
	entryOf,
	liveEntry,
	readAction,
	readAll,
	readCard,
	readCluster,
	type Action,
	type Card,
	type Cluster,
	type Entry,
	type RootName
} from './schema.ts';

/**
 * What the board shows, read from the document. A card whose cluster is deleted or missing counts
 * as "Unsortiert": a concurrent delete, merge or dissolve never hides a card.
 */

export interface Wall {
	clusters: { cluster: Cluster; cards: Card[] }[];
	unsorted: Card[];
}

type Deletable = { id: string; deletedAt: number | null };

type Reader<T> = (id: string, entry: Entry) => T;

const isLive = (item: Deletable) => item.deletedAt === null;

/** Most recently deleted first: what the Papierkorb shows. */
const byDeletion = (a: Deletable, b: Deletable) =>
	(b.deletedAt ?? 0) - (a.deletedAt ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function readOne<T>(doc: Y.Doc, name: RootName, id: string, read: Reader<T>): T | undefined {
	const entry = entryOf(doc, name, id);
	return entry && read(id, entry);
}

/** By id, deleted or not; undefined when there is no such entry. */
export const getCard = (doc: Y.Doc, id: string) => readOne(doc, 'cards', id, readCard);
export const getCluster = (doc: Y.Doc, id: string) => readOne(doc, 'clusters', id, readCluster);
export const getAction = (doc: Y.Doc, id: string) => readOne(doc, 'actions', id, readAction);

export const isLiveCluster = (doc: Y.Doc, id: string) => liveEntry(doc, 'clusters', id) !== undefined;

function liveOf<T extends Deletable & Ordered>(doc: Y.Doc, name: RootName, read: Reader<T>): T[] {
	return readAll(doc, name, read).filter(isLive).sort(compareOrdered);
}

function trashOf<T extends Deletable>(doc: Y.Doc, name: RootName, read: Reader<T>): T[] {
	return readAll(doc, name, read)
		.filter((item) => !isLive(item))
		.sort(byDeletion);
}

export const listClusters = (doc: Y.Doc): Cluster[] => liveOf(doc, 'clusters', readCluster);
export const deletedClusters = (doc: Y.Doc): Cluster[] => trashOf(doc, 'clusters', readCluster);
export const deletedCards = (doc: Y.Doc): Card[] => trashOf(doc, 'cards', readCard);
export const listActions = (doc: Y.Doc): Action[] => liveOf(doc, 'actions', readAction);
export const deletedActions = (doc: Y.Doc): Action[] => trashOf(doc, 'actions', readAction);

function liveCards(doc: Y.Doc): Card[] {
	return readAll(doc, 'cards', readCard).filter(isLive);
}

/** The cluster a card shows in: its own if that one is live, else null ("Unsortiert"). */
function homeOf(card: Card, liveClusters: ReadonlySet<string>): string | null {
	return card.clusterId !== null && liveClusters.has(card.clusterId) ? card.clusterId : null;
}

/** Live cards shown in a cluster, or in "Unsortiert" for null, in order. A deleted cluster has none. */
export function cardsOf(doc: Y.Doc, clusterId: string | null): Card[] {
	const live = new Set(listClusters(doc).map((c) => c.id));
	if (clusterId !== null && !live.has(clusterId)) return [];
	return liveCards(doc)
		.filter((card) => homeOf(card, live) === clusterId)
		.sort(compareOrdered);
}

/** The whole wall in one pass: clusters in order with their cards, then "Unsortiert". */
export function wall(doc: Y.Doc): Wall {
	const clusters = listClusters(doc);
	const live = new Set(clusters.map((c) => c.id));
	const groups = new Map<string | null, Card[]>([null, ...live].map((id) => [id, []]));
	for (const card of liveCards(doc)) groups.get(homeOf(card, live))!.push(card);
	for (const cards of groups.values()) cards.sort(compareOrdered);
	return {
		clusters: clusters.map((cluster) => ({ cluster, cards: groups.get(cluster.id)! })),
		unsorted: groups.get(null)!
	};
}

export function cardCount(doc: Y.Doc): number {
	return liveCards(doc).length;
}
