import { beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteCard, editCard, moveCard, restoreCard } from '../../../src/lib/board/cards.ts';
import { createCluster, deleteCluster } from '../../../src/lib/board/clusters.ts';
import { cardsOf, deletedCards, getCard } from '../../../src/lib/board/selectors.ts';
import { failure, ids, updatesDuring, value } from '../../helpers/board.ts';

let doc: Y.Doc;
const card = (id: string, clusterId: string | null = null) =>
	value(addCard(doc, { id, text: `Karte ${id}`, category: 'Sprache', authorKey: 'k1', clusterId, now: 1 }));

beforeEach(() => {
	doc = new Y.Doc();
});

describe('adding a card', () => {
	test('stores the trimmed text with its fields and puts the card at the end of Unsortiert', () => {
		card('a');
		const text = '  Sprachkurs neben der Ausbildung ';
		const id = value(addCard(doc, { text, category: 'Sprache', authorKey: 'k2', now: 5 }));
		expect(id).toMatch(/^[a-z2-7]{16}$/);
		expect(getCard(doc, id)).toMatchObject({
			text: 'Sprachkurs neben der Ausbildung',
			category: 'Sprache',
			clusterId: null,
			authorKey: 'k2',
			createdAt: 5,
			deletedAt: null
		});
		expect(ids(cardsOf(doc, null))).toEqual(['a', id]);
	});

	test('goes into a live cluster when one is named', () => {
		const cluster = value(createCluster(doc, { id: 'c1', title: 'Sprache' }));
		card('a', cluster);
		expect(ids(cardsOf(doc, cluster))).toEqual(['a']);
	});

	test('refuses empty, blank and over-long text as values, and writes nothing', () => {
		const base = { category: 'Sprache', authorKey: 'k1' };
		const attempts = [
			addCard(doc, { ...base, text: '' }),
			addCard(doc, { ...base, text: ' \n\t ' }),
			addCard(doc, { ...base, text: 'x'.repeat(281) })
		];
		expect(attempts).toEqual([
			failure('text', 'required'),
			failure('text', 'required'),
			failure('text', 'too_long')
		]);
		expect(addCard(doc, { ...base, text: 'x'.repeat(280) }).ok).toBe(true);
		expect(addCard(doc, { ...base, text: 'ok', authorKey: '' })).toEqual(failure('authorKey', 'required'));
		expect(cardsOf(doc, null)).toHaveLength(1);
	});

	test('refuses a text that is not a string, as an untyped caller might send', () => {
		const result = addCard(doc, { text: 42 as unknown as string, category: '', authorKey: 'k1' });
		expect(result).toEqual(failure('text', 'invalid'));
	});

	test('refuses a deleted or unknown cluster', () => {
		const cluster = value(createCluster(doc, { id: 'c1' }));
		value(deleteCluster(doc, cluster));
		const base = { text: 'Kita', category: 'Kinderbetreuung', authorKey: 'k1' };
		expect(addCard(doc, { ...base, clusterId: cluster })).toEqual(failure('clusterId', 'not_found'));
		expect(addCard(doc, { ...base, clusterId: 'nope' })).toEqual(failure('clusterId', 'not_found'));
	});

	test('throws when a caller-supplied id is already taken, rather than replacing the card', () => {
		card('a');
		expect(() => card('a')).toThrow(/taken/);
	});
});

describe('editing a card', () => {
	test('changes only the given fields', () => {
		card('a');
		value(editCard(doc, 'a', { text: ' Neu ' }));
		expect(getCard(doc, 'a')).toMatchObject({ text: 'Neu', category: 'Sprache' });
		value(editCard(doc, 'a', { category: 'Wohnen' }));
		expect(getCard(doc, 'a')).toMatchObject({ text: 'Neu', category: 'Wohnen' });
	});

	test('writes nothing when nothing changes', () => {
		card('a');
		expect(updatesDuring(doc, () => value(editCard(doc, 'a', { text: 'Karte a', category: 'Sprache' })))).toBe(0);
	});

	test('refuses blank text and unknown or deleted cards', () => {
		card('a');
		expect(editCard(doc, 'a', { text: '  ' })).toEqual(failure('text', 'required'));
		expect(editCard(doc, 'nope', { text: 'x' })).toEqual(failure('card', 'not_found'));
		value(deleteCard(doc, 'a'));
		expect(editCard(doc, 'a', { text: 'x' })).toEqual(failure('card', 'not_found'));
	});
});

describe('moving a card', () => {
	beforeEach(() => {
		value(createCluster(doc, { id: 'c1' }));
		for (const id of ['x', 'y', 'z']) card(id, 'c1');
		card('a');
	});

	test('puts it before or after a card of the target cluster', () => {
		value(moveCard(doc, 'a', { clusterId: 'c1', before: 'y' }));
		expect(ids(cardsOf(doc, 'c1'))).toEqual(['x', 'a', 'y', 'z']);
		value(moveCard(doc, 'a', { clusterId: 'c1', after: 'z' }));
		expect(ids(cardsOf(doc, 'c1'))).toEqual(['x', 'y', 'z', 'a']);
		value(moveCard(doc, 'a', { clusterId: 'c1', before: 'x' }));
		expect(ids(cardsOf(doc, 'c1'))).toEqual(['a', 'x', 'y', 'z']);
		expect(cardsOf(doc, null)).toEqual([]);
	});

	test('without a neighbour puts it at the end of the target; null means Unsortiert', () => {
		value(moveCard(doc, 'x', { clusterId: 'c1' }));
		expect(ids(cardsOf(doc, 'c1'))).toEqual(['y', 'z', 'x']);
		value(moveCard(doc, 'y', { clusterId: null }));
		expect(ids(cardsOf(doc, null))).toEqual(['a', 'y']);
		expect(getCard(doc, 'y')?.clusterId).toBeNull();
	});

	test('refuses a neighbour that is not shown in the target, an unknown cluster and a deleted card', () => {
		expect(moveCard(doc, 'x', { clusterId: null, before: 'y' })).toEqual(failure('before', 'not_found'));
		expect(moveCard(doc, 'x', { clusterId: 'c1', after: 'x' })).toEqual(failure('after', 'not_found'));
		expect(moveCard(doc, 'x', { clusterId: 'nope' })).toEqual(failure('clusterId', 'not_found'));
		value(deleteCard(doc, 'a'));
		expect(moveCard(doc, 'a', { clusterId: 'c1' })).toEqual(failure('card', 'not_found'));
		expect(ids(cardsOf(doc, 'c1'))).toEqual(['x', 'y', 'z']);
	});

	test('is one transaction, even when tied neighbours get new keys', () => {
		doc.getMap<Y.Map<unknown>>('cards').get('y')!.set('order', getCard(doc, 'x')!.order);
		const updates = updatesDuring(doc, () => value(moveCard(doc, 'a', { clusterId: 'c1', after: 'x' })));
		expect(updates).toBe(1);
		expect(ids(cardsOf(doc, 'c1'))).toEqual(['x', 'a', 'y', 'z']);
	});
});

describe('deleting a card', () => {
	test('moves it to the Papierkorb, most recent first, and restoring brings it back to its cluster', () => {
		value(createCluster(doc, { id: 'c1' }));
		card('a', 'c1');
		card('b', 'c1');
		value(deleteCard(doc, 'a', 10));
		value(deleteCard(doc, 'b', 20));
		expect(cardsOf(doc, 'c1')).toEqual([]);
		expect(ids(deletedCards(doc))).toEqual(['b', 'a']);
		value(restoreCard(doc, 'a'));
		expect(ids(cardsOf(doc, 'c1'))).toEqual(['a']);
		expect(getCard(doc, 'a')?.deletedAt).toBeNull();
	});

	test('twice keeps the first time', () => {
		card('a');
		value(deleteCard(doc, 'a', 10));
		value(deleteCard(doc, 'a', 99));
		expect(getCard(doc, 'a')?.deletedAt).toBe(10);
	});

	test('refuses unknown cards', () => {
		expect(deleteCard(doc, 'nope')).toEqual(failure('card', 'not_found'));
		expect(restoreCard(doc, 'nope')).toEqual(failure('card', 'not_found'));
	});
});
