import type * as Y from 'yjs';
import { entryOf, mergedIntoOf, readCard, readCluster, rootMap, type Card } from '$lib/board/schema';
import { wall } from '$lib/board/selectors';
import { allIds, changedIds, deletedFirst, refresh, type DeepEvents } from './live-entries';
import { LiveCluster, LiveItem, sameItems, type LiveCard } from './LiveItem.svelte';

/**
 * The wall as reactive state, mirrored from the board document. Every change event names the ids
 * it touched; only those items are re-read, and the lists of cards per cluster are rebuilt only
 * when a change can move something, keeping every list that stayed the same, so a remote edit on
 * one card re-renders that card and not the wall.
 */
export class WallState {
	readonly #doc: Y.Doc;
	readonly #cards = new Map<string, LiveCard>();
	readonly #clusters = new Map<string, LiveCluster>();
	#clusterList = $state.raw<LiveCluster[]>([]);
	#unsorted = $state.raw<LiveCard[]>([]);
	#trash = $state.raw<LiveCard[]>([]);
	#clusterTrash = $state.raw<LiveCluster[]>([]);
	#cardCount = $state(0);

	constructor(doc: Y.Doc) {
		this.#doc = doc;
		rootMap(doc, 'cards').observeDeep(this.#onCards);
		rootMap(doc, 'clusters').observeDeep(this.#onClusters);
		refresh(doc, 'cards', this.#cards, allIds(doc, 'cards'), readCard, (c) => new LiveItem(c));
		refresh(doc, 'clusters', this.#clusters, allIds(doc, 'clusters'), readCluster, (c) => new LiveCluster(c));
		this.#layOut();
	}

	/** Live clusters in order, each with its cards. */
	get clusters(): LiveCluster[] {
		return this.#clusterList;
	}

	/** "Unsortiert": live cards in no live cluster, in order. */
	get unsorted(): LiveCard[] {
		return this.#unsorted;
	}

	/** The Papierkorb: deleted cards, most recently deleted first. */
	get trash(): LiveCard[] {
		return this.#trash;
	}

	/**
	 * Deleted and dissolved Themen, most recently deleted first. Merged ones are not offered: their
	 * cards and Punkte went to the Thema they were merged into.
	 */
	get clusterTrash(): LiveCluster[] {
		return this.#clusterTrash;
	}

	get cardCount(): number {
		return this.#cardCount;
	}

	card(id: string): LiveCard | undefined {
		return this.#cards.get(id);
	}

	cluster(id: string): LiveCluster | undefined {
		return this.#clusters.get(id);
	}

	destroy(): void {
		rootMap(this.#doc, 'cards').unobserveDeep(this.#onCards);
		rootMap(this.#doc, 'clusters').unobserveDeep(this.#onClusters);
	}

	#onCards = (events: DeepEvents) => {
		const changes = changedIds(events);
		if (refresh(this.#doc, 'cards', this.#cards, changes, readCard, (c) => new LiveItem(c))) this.#layOut();
	};

	#onClusters = (events: DeepEvents) => {
		const changes = changedIds(events);
		if (refresh(this.#doc, 'clusters', this.#clusters, changes, readCluster, (c) => new LiveCluster(c))) this.#layOut();
	};

	/** Puts every live card where the domain says it shows; lists that did not change stay as they were. */
	#layOut(): void {
		const { clusters, unsorted } = wall(this.#doc);
		const live = (cards: readonly Card[]) => cards.map((card) => this.#cards.get(card.id)!);
		const list = clusters.map(({ cluster, cards }) => {
			const item = this.#clusters.get(cluster.id)!;
			item.setCards(live(cards));
			return item;
		});
		if (!sameItems(this.#clusterList, list)) this.#clusterList = list;
		const loose = live(unsorted);
		if (!sameItems(this.#unsorted, loose)) this.#unsorted = loose;
		const trash = deletedFirst(this.#cards.values());
		if (!sameItems(this.#trash, trash)) this.#trash = trash;
		const merged = (id: string) => mergedIntoOf(entryOf(this.#doc, 'clusters', id)!) !== null;
		const clusterTrash = deletedFirst(this.#clusters.values()).filter((cluster) => !merged(cluster.id));
		if (!sameItems(this.#clusterTrash, clusterTrash)) this.#clusterTrash = clusterTrash;
		this.#cardCount = unsorted.length + clusters.reduce((sum, c) => sum + c.cards.length, 0);
	}
}
