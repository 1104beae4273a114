import type * as Y from 'yjs';
import { entryOf, readCard, readCluster, rootMap, type Card, type Entry, type RootName } from '$lib/board/schema';
import { wall } from '$lib/board/selectors';
import { LiveCluster, LiveItem, sameItems, type LiveCard } from './LiveItem.svelte';

/** Fields whose change can move a card or cluster on the wall; other edits leave the layout alone. */
const LAYOUT_FIELDS: ReadonlySet<string> = new Set(['clusterId', 'order', 'deletedAt']);

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
	#cardCount = $state(0);

	constructor(doc: Y.Doc) {
		this.#doc = doc;
		rootMap(doc, 'cards').observeDeep(this.#onCards);
		rootMap(doc, 'clusters').observeDeep(this.#onClusters);
		const all = (root: RootName) => new Map([...rootMap(doc, root).keys()].map((id) => [id, true]));
		refresh(doc, 'cards', this.#cards, all('cards'), readCard, (c) => new LiveItem(c));
		refresh(doc, 'clusters', this.#clusters, all('clusters'), readCluster, (c) => new LiveCluster(c));
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

	#onCards = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
		if (refresh(this.#doc, 'cards', this.#cards, changedIds(events), readCard, (c) => new LiveItem(c))) {
			this.#layOut();
		}
	};

	#onClusters = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
		if (refresh(this.#doc, 'clusters', this.#clusters, changedIds(events), readCluster, (c) => new LiveCluster(c))) {
			this.#layOut();
		}
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
		const trash = [...this.#cards.values()]
			.filter((card) => card.current.deletedAt !== null)
			.sort((a, b) => b.current.deletedAt! - a.current.deletedAt!);
		if (!sameItems(this.#trash, trash)) this.#trash = trash;
		this.#cardCount = unsorted.length + clusters.reduce((sum, c) => sum + c.cards.length, 0);
	}
}

/**
 * Re-reads the changed entries of one root into `items`; returns whether the layout may have
 * changed (an item came, went, or changed a layout field).
 */
function refresh<T extends { readonly id: string }, L extends LiveItem<T>>(
	doc: Y.Doc,
	root: RootName,
	items: Map<string, L>,
	changes: ReadonlyMap<string, boolean>,
	read: (id: string, entry: Entry) => T,
	make: (value: T) => L
): boolean {
	let layout = false;
	for (const [id, moves] of changes) {
		const entry = entryOf(doc, root, id);
		const item = items.get(id);
		if (!entry) {
			layout = items.delete(id) || layout;
		} else if (item) {
			item.set(read(id, entry));
			layout ||= moves;
		} else {
			items.set(id, make(read(id, entry)));
			layout = true;
		}
	}
	return layout;
}

/**
 * The ids an observeDeep batch touched, and whether the change could move them: an entry added or
 * removed at the root, or a layout field changed inside one.
 */
function changedIds(events: Y.YEvent<Y.AbstractType<unknown>>[]): Map<string, boolean> {
	const changes = new Map<string, boolean>();
	for (const event of events) {
		if (event.path.length === 0) {
			for (const id of event.keys.keys()) changes.set(id, true);
			continue;
		}
		const id = String(event.path[0]);
		const keys = event.path.length === 1 ? [...event.keys.keys()] : [];
		const moves = keys.some((key) => LAYOUT_FIELDS.has(key));
		changes.set(id, (changes.get(id) ?? false) || moves);
	}
	return changes;
}
