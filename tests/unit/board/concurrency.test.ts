import { describe, expect, test } from 'vitest';
import type * as Y from 'yjs';
import { addCard, moveCard } from '../../../src/lib/board/cards.ts';
import { createCluster, dissolveCluster, mergeClusters } from '../../../src/lib/board/clusters.ts';
import { cardsOf, getCard, wall } from '../../../src/lib/board/selectors.ts';
import { ids, replicas, syncAll, value } from '../../helpers/board.ts';

/** Two replicas that start from one shared state and then edit without hearing from each other. */
function twoReplicas(setup: (doc: Y.Doc) => void) {
	const [alice, bob] = replicas(2) as [Y.Doc, Y.Doc];
	setup(alice);
	syncAll([alice, bob]);
	return { alice, bob };
}

const card = (id: string, clusterId: string | null = null) => ({
	id,
	text: id,
	category: '',
	authorKey: 'k',
	clusterId
});

describe('concurrent edits', () => {
	test('two clients adding at the same spot both keep their cards, in the same order everywhere', () => {
		const { alice, bob } = twoReplicas((doc) => value(addCard(doc, card('x'))));
		value(addCard(bob, card('from-bob')));
		value(addCard(alice, card('from-alice')));
		syncAll([alice, bob]);
		expect(getCard(alice, 'from-alice')?.order).toBe(getCard(alice, 'from-bob')?.order);
		expect(ids(cardsOf(alice, null))).toEqual(['x', 'from-alice', 'from-bob']);
		expect(wall(bob)).toEqual(wall(alice));
	});

	test('two clients moving different cards to the same spot both land there, ordered by id', () => {
		const { alice, bob } = twoReplicas((doc) => {
			for (const id of ['x', 'y', 'q', 'p']) value(addCard(doc, card(id)));
		});
		value(moveCard(alice, 'q', { clusterId: null, after: 'x' }));
		value(moveCard(bob, 'p', { clusterId: null, before: 'y' }));
		syncAll([alice, bob]);
		expect(ids(cardsOf(alice, null))).toEqual(['x', 'p', 'q', 'y']);
		expect(wall(bob)).toEqual(wall(alice));
	});

	test('a card placed between two cards that share a key lands between them on every replica', () => {
		const { alice, bob } = twoReplicas((doc) => value(addCard(doc, card('x'))));
		value(addCard(alice, card('a')));
		value(addCard(bob, card('b')));
		syncAll([alice, bob]);
		value(addCard(bob, card('n')));
		value(moveCard(bob, 'n', { clusterId: null, after: 'a' }));
		syncAll([alice, bob]);
		expect(ids(cardsOf(alice, null))).toEqual(['x', 'a', 'n', 'b']);
		expect(wall(bob)).toEqual(wall(alice));
	});

	test('a card moved into a cluster that someone else dissolves meanwhile stays visible in Unsortiert', () => {
		const { alice, bob } = twoReplicas((doc) => {
			value(createCluster(doc, { id: 'c' }));
			value(addCard(doc, card('inside', 'c')));
			value(addCard(doc, card('moving')));
		});
		value(moveCard(alice, 'moving', { clusterId: 'c', before: 'inside' }));
		expect(value(dissolveCluster(bob, 'c'))).toEqual(['inside']);
		syncAll([alice, bob]);
		expect(new Set(ids(cardsOf(alice, null)))).toEqual(new Set(['inside', 'moving']));
		expect(wall(alice).clusters).toEqual([]);
		expect(wall(bob)).toEqual(wall(alice));
	});

	test('a card moved into a cluster that is merged away at the same time stays visible', () => {
		const { alice, bob } = twoReplicas((doc) => {
			value(createCluster(doc, { id: 'source' }));
			value(createCluster(doc, { id: 'target' }));
			value(addCard(doc, card('s', 'source')));
			value(addCard(doc, card('moving')));
		});
		value(moveCard(alice, 'moving', { clusterId: 'source' }));
		value(mergeClusters(bob, 'source', 'target'));
		syncAll([alice, bob]);
		expect(ids(cardsOf(alice, 'target'))).toEqual(['s']);
		expect(ids(cardsOf(alice, null))).toEqual(['moving']);
		expect(wall(bob)).toEqual(wall(alice));
	});

	test('two clients merging two clusters into each other leave every card in Unsortiert', () => {
		const { alice, bob } = twoReplicas((doc) => {
			value(createCluster(doc, { id: 'p' }));
			value(createCluster(doc, { id: 'q' }));
			value(addCard(doc, card('p1', 'p')));
			value(addCard(doc, card('q1', 'q')));
		});
		value(mergeClusters(alice, 'p', 'q'));
		value(mergeClusters(bob, 'q', 'p'));
		syncAll([alice, bob]);
		expect(wall(alice).clusters).toEqual([]);
		expect(new Set(ids(wall(alice).unsorted))).toEqual(new Set(['p1', 'q1']));
		expect(wall(bob)).toEqual(wall(alice));
	});

	test('two clients moving the same card to different clusters agree on one of the moves as a whole', () => {
		const { alice, bob } = twoReplicas((doc) => {
			for (const id of ['p', 'q']) value(createCluster(doc, { id }));
			value(addCard(doc, card('p1', 'p')));
			value(addCard(doc, card('q1', 'q')));
			value(addCard(doc, card('m')));
		});
		value(moveCard(alice, 'm', { clusterId: 'p', before: 'p1' }));
		value(moveCard(bob, 'm', { clusterId: 'q', after: 'q1' }));
		syncAll([alice, bob]);
		const placements = wall(alice).clusters.map((g) => ids(g.cards));
		expect([
			[
				['m', 'p1'],
				['q1']
			],
			[['p1'], ['q1', 'm']]
		]).toContainEqual(placements);
		expect(wall(bob)).toEqual(wall(alice));
	});
});
