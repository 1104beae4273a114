import { beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addAction } from '../../../src/lib/board/actions.ts';
import { addCard, deleteCard, moveCard } from '../../../src/lib/board/cards.ts';
import {
	createCluster,
	deleteCluster,
	dissolveCluster,
	mergeClusters,
	moveCluster,
	renameCluster,
	restoreCluster
} from '../../../src/lib/board/clusters.ts';
import {
	cardsOf,
	deletedClusters,
	getAction,
	getCluster,
	listClusters
} from '../../../src/lib/board/selectors.ts';
import { entryOf, mergedIntoOf } from '../../../src/lib/board/schema.ts';
import { failure, ids, updatesDuring, value } from '../../helpers/board.ts';

let doc: Y.Doc;
const cluster = (id: string, title = '') => value(createCluster(doc, { id, title, now: 1 }));
const card = (id: string, clusterId: string | null = null) =>
	value(addCard(doc, { id, text: `Karte ${id}`, category: 'Sprache', authorKey: 'k1', clusterId }));

beforeEach(() => {
	doc = new Y.Doc();
});

describe('creating a cluster', () => {
	test('puts it at the end, or before or after another cluster, with a trimmed title', () => {
		cluster('a');
		cluster('b');
		value(createCluster(doc, { id: 'c', title: '  Kita ', before: 'b' }));
		value(createCluster(doc, { id: 'd', after: 'b' }));
		value(createCluster(doc, { id: 'e', before: 'a' }));
		expect(ids(listClusters(doc))).toEqual(['e', 'a', 'c', 'b', 'd']);
		expect(getCluster(doc, 'c')).toMatchObject({ title: 'Kita', deletedAt: null });
	});

	test('gets a random id unless the caller gives one', () => {
		expect(value(createCluster(doc))).toMatch(/^[a-z2-7]{16}$/);
	});

	test('refuses an over-long title and an unknown neighbour', () => {
		expect(createCluster(doc, { title: 'x'.repeat(121) })).toEqual(failure('title', 'too_long'));
		expect(createCluster(doc, { before: 'nope' })).toEqual(failure('before', 'not_found'));
		expect(listClusters(doc)).toEqual([]);
	});
});

describe('renaming and reordering a cluster', () => {
	test('renaming changes only the title', () => {
		cluster('a', 'Kita');
		value(renameCluster(doc, 'a', ' Kinderbetreuung '));
		expect(getCluster(doc, 'a')).toMatchObject({ title: 'Kinderbetreuung', createdAt: 1 });
		expect(renameCluster(doc, 'nope', 'x')).toEqual(failure('cluster', 'not_found'));
	});

	test('moving puts it before or after another cluster, or at the end', () => {
		for (const id of ['a', 'b', 'c']) cluster(id);
		value(moveCluster(doc, 'c', { before: 'a' }));
		expect(ids(listClusters(doc))).toEqual(['c', 'a', 'b']);
		value(moveCluster(doc, 'c', { after: 'a' }));
		expect(ids(listClusters(doc))).toEqual(['a', 'c', 'b']);
		value(moveCluster(doc, 'a', {}));
		expect(ids(listClusters(doc))).toEqual(['c', 'b', 'a']);
		expect(moveCluster(doc, 'a', { before: 'a' })).toEqual(failure('before', 'not_found'));
	});
});

describe('merging clusters', () => {
	beforeEach(() => {
		cluster('source');
		cluster('target');
		for (const id of ['t1', 't2']) card(id, 'target');
		for (const id of ['s1', 's2', 's3']) card(id, 'source');
		value(moveCard(doc, 's3', { clusterId: 'source', before: 's1' }));
	});

	test('moves its cards to the end of the target and keeps their order', () => {
		const moved = value(mergeClusters(doc, 'source', 'target', 7));
		expect(moved).toEqual(['s3', 's1', 's2']);
		expect(ids(cardsOf(doc, 'target'))).toEqual(['t1', 't2', 's3', 's1', 's2']);
		expect(ids(listClusters(doc))).toEqual(['target']);
		expect(getCluster(doc, 'source')?.deletedAt).toBe(7);
	});

	test('names the target on the source, so the source\'s Punkte can follow', () => {
		value(mergeClusters(doc, 'source', 'target'));
		expect(mergedIntoOf(entryOf(doc, 'clusters', 'source')!)).toBe('target');
		expect(mergedIntoOf(entryOf(doc, 'clusters', 'target')!)).toBeNull();
	});

	test('restoring the source makes it stand alone again', () => {
		value(mergeClusters(doc, 'source', 'target'));
		value(restoreCluster(doc, 'source'));
		expect(mergedIntoOf(entryOf(doc, 'clusters', 'source')!)).toBeNull();
		expect(ids(listClusters(doc))).toEqual(['source', 'target']);
	});

	test('leaves deleted cards behind and relinks Maßnahmen of the source to the target', () => {
		value(deleteCard(doc, 's2'));
		const action = value(addAction(doc, { title: 'Sprachcafé', clusterId: 'source' }));
		expect(value(mergeClusters(doc, 'source', 'target'))).toEqual(['s3', 's1']);
		expect(getAction(doc, action)?.clusterId).toBe('target');
	});

	test('is one transaction', () => {
		expect(updatesDuring(doc, () => value(mergeClusters(doc, 'source', 'target')))).toBe(1);
	});

	test('refuses merging into itself or into a deleted cluster', () => {
		expect(mergeClusters(doc, 'source', 'source')).toEqual(failure('target', 'invalid'));
		value(deleteCluster(doc, 'target'));
		expect(mergeClusters(doc, 'source', 'target')).toEqual(failure('target', 'not_found'));
		expect(mergeClusters(doc, 'nope', 'source')).toEqual(failure('source', 'not_found'));
		expect(ids(cardsOf(doc, 'source'))).toEqual(['s3', 's1', 's2']);
	});
});

describe('dissolving a cluster', () => {
	test('sends its cards to the end of Unsortiert in their order and deletes it', () => {
		card('u1');
		cluster('c');
		for (const id of ['c1', 'c2']) card(id, 'c');
		expect(value(dissolveCluster(doc, 'c', 3))).toEqual(['c1', 'c2']);
		expect(ids(cardsOf(doc, null))).toEqual(['u1', 'c1', 'c2']);
		expect(ids(deletedClusters(doc))).toEqual(['c']);
		value(restoreCluster(doc, 'c'));
		expect(cardsOf(doc, 'c')).toEqual([]);
	});

	test('refuses an unknown cluster', () => {
		expect(dissolveCluster(doc, 'nope')).toEqual(failure('cluster', 'not_found'));
	});
});

describe('deleting a cluster', () => {
	test('shows its cards in Unsortiert meanwhile, and restoring brings them back into it', () => {
		card('u1');
		cluster('c');
		for (const id of ['c1', 'c2']) card(id, 'c');
		value(deleteCluster(doc, 'c', 4));
		expect(listClusters(doc)).toEqual([]);
		expect(cardsOf(doc, 'c')).toEqual([]);
		expect(new Set(ids(cardsOf(doc, null)))).toEqual(new Set(['u1', 'c1', 'c2']));
		value(restoreCluster(doc, 'c'));
		expect(ids(cardsOf(doc, 'c'))).toEqual(['c1', 'c2']);
		expect(ids(cardsOf(doc, null))).toEqual(['u1']);
	});

	test('a card moved out of a deleted cluster stays out when the cluster returns', () => {
		cluster('c');
		card('c1', 'c');
		value(deleteCluster(doc, 'c'));
		value(moveCard(doc, 'c1', { clusterId: null }));
		value(restoreCluster(doc, 'c'));
		expect(ids(cardsOf(doc, null))).toEqual(['c1']);
	});
});
