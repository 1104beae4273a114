import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addAction, deleteAction, restoreAction, updateAction } from '../../../src/lib/board/actions.ts';
import { addCard, deleteCard, editCard, moveCard, restoreCard } from '../../../src/lib/board/cards.ts';
import {
	createCluster,
	deleteCluster,
	dissolveCluster,
	mergeClusters,
	moveCluster,
	renameCluster,
	restoreCluster
} from '../../../src/lib/board/clusters.ts';
import { isOrderKey, type Placement } from '../../../src/lib/board/ordering.ts';
import type { BoardResult } from '../../../src/lib/board/result.ts';
import { ACTION_STATUSES } from '../../../src/lib/board/schema.ts';
import {
	cardsOf,
	deletedActions,
	deletedCards,
	deletedClusters,
	listActions,
	listClusters,
	wall
} from '../../../src/lib/board/selectors.ts';
import { ids, replicas } from '../../helpers/board.ts';

/**
 * Seeded random concurrency, in the style of yjs tests/testHelper.js: replicas apply random
 * operations to whatever they currently see, while their updates travel late, batched and out of
 * order. After everything is delivered, all replicas must hold the same state and show the same
 * board, with every card ever added exactly once.
 */

const REPLICAS = 4;
const OPERATIONS = 1000;
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const REMOTE = Symbol('remote');
const WORDS = ['Kita', 'Sprachkurs', 'Jobcenter', 'Praktikum', 'Wohnung', 'Ausbildung', 'Termin', 'Fachsprache'];

/** mulberry32: small, fast and good enough to drive a test; never Math.random. */
function prng(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number) => Math.floor(next() * n);
	const pick = <T>(items: readonly T[]): T | undefined => items[int(items.length)];
	const shuffle = <T>(items: T[]): T[] => {
		for (let i = items.length - 1; i > 0; i--) {
			const j = int(i + 1);
			[items[i], items[j]] = [items[j]!, items[i]!];
		}
		return items;
	};
	return { next, int, pick, shuffle };
}

type Rng = ReturnType<typeof prng>;

/** Every replica's updates wait in the other replicas' inboxes until the network delivers them. */
class Network {
	readonly inboxes = new Map<Y.Doc, Uint8Array[]>();

	constructor(readonly docs: Y.Doc[]) {
		for (const doc of docs) {
			this.inboxes.set(doc, []);
			doc.on('update', (update: Uint8Array, origin: unknown) => {
				if (origin === REMOTE) return;
				for (const other of docs) if (other !== doc) this.inboxes.get(other)!.push(update);
			});
		}
	}

	/**
	 * Delivers part of one inbox: mostly the oldest few updates shuffled, sometimes one update that
	 * overtakes all older ones; a batch is sometimes merged into one update.
	 */
	deliverSome(rng: Rng): void {
		const doc = rng.pick(this.docs)!;
		const inbox = this.inboxes.get(doc)!;
		const batch =
			rng.next() < 0.2
				? inbox.splice(rng.int(inbox.length), 1)
				: rng.shuffle(inbox.splice(0, 1 + rng.int(inbox.length)));
		if (batch.length > 1 && rng.next() < 0.3) Y.applyUpdate(doc, Y.mergeUpdates(batch), REMOTE);
		else for (const update of batch) Y.applyUpdate(doc, update, REMOTE);
	}

	deliverAll(rng: Rng): void {
		for (const [doc, inbox] of this.inboxes) {
			for (const update of rng.shuffle(inbox.splice(0))) Y.applyUpdate(doc, update, REMOTE);
		}
	}
}

interface Run {
	rng: Rng;
	doc: Y.Doc;
	now: number;
	nextId: () => string;
	addedCards: Set<string>;
}

function placementAmong(rng: Rng, siblings: readonly { id: string }[]): Placement {
	const neighbour = rng.pick(siblings)?.id;
	if (neighbour === undefined || rng.next() < 0.3) return {};
	return rng.next() < 0.5 ? { before: neighbour } : { after: neighbour };
}

function liveCardIds(doc: Y.Doc): string[] {
	const { clusters, unsorted } = wall(doc);
	return [...clusters.flatMap((g) => ids(g.cards)), ...ids(unsorted)];
}
const text = (rng: Rng) => `${rng.pick(WORDS)} ${rng.int(1000)}`;

/** Each operation picks its targets from what this replica sees now; null when nothing fits. */
const OPERATIONS_BY_WEIGHT: [number, (run: Run) => BoardResult<unknown> | null][] = [
	[20, ({ rng, doc, now, nextId, addedCards }) => {
		const clusterId = rng.next() < 0.5 ? null : (rng.pick(listClusters(doc))?.id ?? null);
		const id = nextId();
		const category = rng.pick(WORDS)!;
		const result = addCard(doc, { id, text: text(rng), category, authorKey: 'k', clusterId, now });
		if (result.ok) addedCards.add(id);
		return result;
	}],
	[25, ({ rng, doc }) => {
		const id = rng.pick(liveCardIds(doc));
		if (id === undefined) return null;
		const clusterId = rng.next() < 0.25 ? null : (rng.pick(listClusters(doc))?.id ?? null);
		const siblings = cardsOf(doc, clusterId).filter((c) => c.id !== id);
		return moveCard(doc, id, { clusterId, ...placementAmong(rng, siblings) });
	}],
	[5, ({ rng, doc }) => {
		const id = rng.pick(liveCardIds(doc));
		return id === undefined ? null : editCard(doc, id, { text: text(rng) });
	}],
	[5, ({ rng, doc, now }) => {
		const id = rng.pick(liveCardIds(doc));
		return id === undefined ? null : deleteCard(doc, id, now);
	}],
	[3, ({ rng, doc }) => {
		const id = rng.pick(deletedCards(doc))?.id;
		return id === undefined ? null : restoreCard(doc, id);
	}],
	[6, ({ rng, doc, now, nextId }) =>
		createCluster(doc, { id: nextId(), title: text(rng), now, ...placementAmong(rng, listClusters(doc)) })],
	[3, ({ rng, doc }) => {
		const id = rng.pick(listClusters(doc))?.id;
		return id === undefined ? null : renameCluster(doc, id, text(rng));
	}],
	[3, ({ rng, doc }) => {
		const id = rng.pick(listClusters(doc))?.id;
		if (id === undefined) return null;
		return moveCluster(doc, id, placementAmong(rng, listClusters(doc).filter((c) => c.id !== id)));
	}],
	[3, ({ rng, doc, now }) => {
		const [source, target] = rng.shuffle(listClusters(doc));
		return source && target ? mergeClusters(doc, source.id, target.id, now) : null;
	}],
	[2, ({ rng, doc, now }) => {
		const id = rng.pick(listClusters(doc))?.id;
		return id === undefined ? null : dissolveCluster(doc, id, now);
	}],
	[2, ({ rng, doc, now }) => {
		const id = rng.pick(listClusters(doc))?.id;
		return id === undefined ? null : deleteCluster(doc, id, now);
	}],
	[2, ({ rng, doc }) => {
		const id = rng.pick(deletedClusters(doc))?.id;
		return id === undefined ? null : restoreCluster(doc, id);
	}],
	[3, ({ rng, doc, now, nextId }) =>
		addAction(doc, { id: nextId(), title: text(rng), clusterId: rng.pick(listClusters(doc))?.id ?? null, now })],
	[3, ({ rng, doc }) => {
		const id = rng.pick(listActions(doc))?.id;
		if (id === undefined) return null;
		const due = rng.next() < 0.5 ? null : `2026-0${1 + rng.int(9)}-1${rng.int(10)}`;
		return updateAction(doc, id, { status: rng.pick(ACTION_STATUSES)!, statusNote: text(rng), due, owner: text(rng) });
	}],
	[1, ({ rng, doc, now }) => {
		const id = rng.pick(listActions(doc))?.id;
		return id === undefined ? null : deleteAction(doc, id, now);
	}],
	[1, ({ rng, doc }) => {
		const id = rng.pick(deletedActions(doc))?.id;
		return id === undefined ? null : restoreAction(doc, id);
	}]
];

const TOTAL_WEIGHT = OPERATIONS_BY_WEIGHT.reduce((sum, [weight]) => sum + weight, 0);

function randomOperation(rng: Rng) {
	let roll = rng.int(TOTAL_WEIGHT);
	for (const [weight, operation] of OPERATIONS_BY_WEIGHT) {
		if (roll < weight) return operation;
		roll -= weight;
	}
	throw new Error('weights do not add up');
}

const view = (doc: Y.Doc) => ({
	wall: wall(doc),
	deletedCards: deletedCards(doc),
	deletedClusters: deletedClusters(doc),
	actions: listActions(doc),
	deletedActions: deletedActions(doc)
});

describe('random concurrent editing', () => {
	test.each(SEEDS)('converges with no card lost or duplicated (seed %i)', (seed) => {
		const rng = prng(seed);
		const docs = replicas(REPLICAS);
		const network = new Network(docs);
		const addedCards = new Set<string>();
		let counter = 0;
		const nextId = () => `${seed}-${(counter++).toString(36)}`;
		for (let step = 0; step < OPERATIONS; step++) {
			const doc = rng.pick(docs)!;
			const result = randomOperation(rng)({ rng, doc, now: step, nextId, addedCards });
			if (result) expect(result, `seed ${seed}, step ${step}`).toMatchObject({ ok: true });
			if (rng.next() < 0.3) network.deliverSome(rng);
		}
		network.deliverAll(rng);

		const [first, ...others] = docs as [Y.Doc, ...Y.Doc[]];
		for (const doc of others) {
			expect(Y.encodeStateVector(doc), `seed ${seed}`).toEqual(Y.encodeStateVector(first));
			expect(view(doc), `seed ${seed}`).toEqual(view(first));
		}
		const shown = liveCardIds(first);
		const everyCard = [...shown, ...ids(deletedCards(first))];
		expect(everyCard.length, `seed ${seed}: a card shows twice`).toBe(new Set(everyCard).size);
		expect(new Set(everyCard), `seed ${seed}`).toEqual(addedCards);
		const live = [...first.getMap<Y.Map<unknown>>('cards').values()].filter((c) => c.get('deletedAt') === null);
		expect(shown.length, `seed ${seed}: a live card is hidden`).toBe(live.length);
		for (const card of live) expect(isOrderKey(card.get('order')), `seed ${seed}`).toBe(true);
	});
});
