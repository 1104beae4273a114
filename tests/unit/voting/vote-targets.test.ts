import { beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteCard, moveCard } from '../../../src/lib/board/cards.ts';
import {
	createCluster,
	deleteCluster,
	dissolveCluster,
	mergeClusters,
	restoreCluster
} from '../../../src/lib/board/clusters.ts';
import { targetIndex } from '../../../src/lib/board/vote-targets.ts';
import { value } from '../../helpers/board.ts';

let doc: Y.Doc;
const cluster = (id: string) => value(createCluster(doc, { id, title: `Thema ${id}` }));
const card = (id: string, clusterId: string | null = null) =>
	value(addCard(doc, { id, text: `Karte ${id}`, category: 'Sprache', authorKey: 'k1', clusterId }));
const resolve = (id: string) => targetIndex(doc).resolve(id);

beforeEach(() => {
	doc = new Y.Doc();
	cluster('a');
	cluster('b');
	cluster('c');
});

describe('where a Punkt counts', () => {
	test('a live cluster counts for itself, an unknown id for nothing', () => {
		expect(resolve('a')).toBe('a');
		expect(resolve('elsewhere')).toBeNull();
	});

	test('a merged-away cluster counts for its survivor, through a chain of merges', () => {
		value(mergeClusters(doc, 'a', 'b'));
		expect(resolve('a')).toBe('b');
		value(mergeClusters(doc, 'b', 'c'));
		expect(resolve('a')).toBe('c');
		expect(targetIndex(doc).resolveTallies({ a: 2, b: 3, c: 1 })).toEqual({ c: 6 });
	});

	test('a dissolved or deleted cluster counts for nothing, and again once restored', () => {
		value(dissolveCluster(doc, 'a'));
		value(deleteCluster(doc, 'b'));
		expect(targetIndex(doc).resolveTallies({ a: 2, b: 3, c: 1 })).toEqual({ c: 1 });
		value(restoreCluster(doc, 'a'));
		value(restoreCluster(doc, 'b'));
		expect(targetIndex(doc).resolveTallies({ a: 2, b: 3, c: 1 })).toEqual({ a: 2, b: 3, c: 1 });
	});

	test('a restored merged-away cluster takes its own Punkte back', () => {
		value(mergeClusters(doc, 'a', 'b'));
		value(restoreCluster(doc, 'a'));
		expect(targetIndex(doc).resolveTallies({ a: 2, b: 3 })).toEqual({ a: 2, b: 3 });
	});

	test('a merge survivor deleted later takes the merged Punkte with it', () => {
		value(mergeClusters(doc, 'a', 'b'));
		value(deleteCluster(doc, 'b'));
		expect(resolve('a')).toBeNull();
	});

	test('concurrent merges into each other end in no cluster and count for nothing, without looping', () => {
		const other = new Y.Doc();
		Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
		value(mergeClusters(doc, 'a', 'b'));
		value(mergeClusters(other, 'b', 'a'));
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
		expect(resolve('a')).toBeNull();
		expect(resolve('b')).toBeNull();
	});

	test('a card counts for itself while unsorted, for its Thema once sorted, for nothing once deleted', () => {
		card('k');
		expect(resolve('k')).toBe('k');
		value(moveCard(doc, 'k', { clusterId: 'a' }));
		expect(resolve('k')).toBe('a');
		value(deleteCluster(doc, 'a'));
		expect(resolve('k')).toBe('k');
		value(deleteCard(doc, 'k'));
		expect(resolve('k')).toBeNull();
	});
});

describe('which ids take a new Punkt', () => {
	test('live clusters in every round, a merged-away one standing for its survivor', () => {
		value(mergeClusters(doc, 'a', 'b'));
		const index = targetIndex(doc);
		expect(index.accept('c', 'clusters')).toEqual({ ok: true, targetId: 'c', kind: 'cluster' });
		expect(index.accept('a', 'clusters')).toEqual({ ok: true, targetId: 'b', kind: 'cluster' });
	});

	test('deleted, dissolved and unknown ids are not found', () => {
		value(deleteCluster(doc, 'a'));
		value(dissolveCluster(doc, 'b'));
		card('gone');
		value(deleteCard(doc, 'gone'));
		const index = targetIndex(doc);
		for (const id of ['a', 'b', 'gone', 'from-another-board']) {
			expect(index.accept(id, 'clusters_and_cards')).toEqual({ ok: false, code: 'not_found' });
		}
	});

	test('unsorted cards only in a round that includes cards; sorted cards never', () => {
		card('loose');
		card('sorted', 'c');
		const index = targetIndex(doc);
		expect(index.accept('loose', 'clusters')).toEqual({ ok: false, code: 'invalid' });
		expect(index.accept('loose', 'clusters_and_cards')).toEqual({ ok: true, targetId: 'loose', kind: 'card' });
		expect(index.accept('sorted', 'clusters_and_cards')).toEqual({ ok: false, code: 'invalid' });
	});
});
