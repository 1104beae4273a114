import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addAction } from '../../../src/lib/board/actions.ts';
import { addCard, deleteCard, editCard, moveCard } from '../../../src/lib/board/cards.ts';
import { createCluster } from '../../../src/lib/board/clusters.ts';
import { FALLBACK_ORDER, isOrderKey } from '../../../src/lib/board/ordering.ts';
import { initBoard, schemaVersion } from '../../../src/lib/board/schema.ts';
import {
	cardCount,
	cardsOf,
	getAction,
	getCard,
	listActions,
	listClusters,
	wall
} from '../../../src/lib/board/selectors.ts';
import { failure, ids, value } from '../../helpers/board.ts';

/** Writes a raw entry the way a buggy or hostile client could, bypassing the operations. */
function rawEntry(doc: Y.Doc, root: string, id: string, fields: Record<string, unknown>): void {
	doc.getMap(root).set(id, new Y.Map(Object.entries(fields)));
}

const CARD_DEFAULTS = {
	text: '',
	category: '',
	clusterId: null,
	order: FALLBACK_ORDER,
	authorKey: '',
	lang: null,
	translations: [],
	createdAt: 0,
	deletedAt: null
};

describe('initialising a board', () => {
	test('marks a fresh document as schema 1 and leaves a marked one alone', () => {
		const doc = new Y.Doc();
		expect(schemaVersion(doc)).toBeNull();
		initBoard(doc);
		expect(schemaVersion(doc)).toBe(1);
		doc.getMap('meta').set('schema', 2);
		initBoard(doc);
		expect(schemaVersion(doc)).toBe(2);
	});
});

describe('a malformed document', () => {
	test('a card whose text is a number reads with empty text and can be fixed', () => {
		const doc = new Y.Doc();
		rawEntry(doc, 'cards', 'bad', {
			...CARD_DEFAULTS,
			text: 42,
			category: 'Sprache'
		});
		expect(getCard(doc, 'bad')).toMatchObject({ text: '', category: 'Sprache' });
		value(editCard(doc, 'bad', { text: 'Repariert' }));
		expect(getCard(doc, 'bad')?.text).toBe('Repariert');
	});

	test('a card map missing every field reads with defaults and shows in Unsortiert', () => {
		const doc = new Y.Doc();
		rawEntry(doc, 'cards', 'empty', {});
		expect(getCard(doc, 'empty')).toEqual({ id: 'empty', ...CARD_DEFAULTS });
		expect(ids(wall(doc).unsorted)).toEqual(['empty']);
		value(deleteCard(doc, 'empty', 5));
		expect(wall(doc).unsorted).toEqual([]);
	});

	test('wrong types in every field read as defaults, and a malformed deletedAt keeps the card visible', () => {
		const doc = new Y.Doc();
		rawEntry(doc, 'cards', 'odd', {
			text: ['x'],
			category: null,
			clusterId: 7,
			order: 'not a key',
			authorKey: {},
			createdAt: Number.NaN,
			deletedAt: 'yesterday'
		});
		expect(getCard(doc, 'odd')).toEqual({ id: 'odd', ...CARD_DEFAULTS });
		expect(ids(cardsOf(doc, null))).toEqual(['odd']);
		value(moveCard(doc, 'odd', { clusterId: null }));
		expect(isOrderKey(doc.getMap<Y.Map<unknown>>('cards').get('odd')!.get('order'))).toBe(true);
	});

	test('entries that are not maps are skipped, and operations treat them as unknown', () => {
		const doc = new Y.Doc();
		value(addCard(doc, { id: 'good', text: 'Gut', category: '', authorKey: 'k' }));
		doc.getMap('cards').set('string', 'hello');
		doc.getMap('cards').set('object', { text: 'plain JSON' });
		doc.getMap('clusters').set('array', new Y.Array());
		expect(ids(wall(doc).unsorted)).toEqual(['good']);
		expect(listClusters(doc)).toEqual([]);
		expect(getCard(doc, 'object')).toBeUndefined();
		expect(editCard(doc, 'string', { text: 'x' })).toEqual(failure('card', 'not_found'));
		expect(addCard(doc, { text: 'x', category: '', authorKey: 'k', clusterId: 'array' }).ok).toBe(false);
	});

	test('cards with broken order keys still sort, and new cards can be placed next to them', () => {
		const doc = new Y.Doc();
		for (const id of ['p', 'q']) rawEntry(doc, 'cards', id, { text: id, order: '' });
		value(addCard(doc, { id: 'n', text: 'neu', category: '', authorKey: 'k' }));
		value(moveCard(doc, 'n', { clusterId: null, before: 'q' }));
		expect(ids(cardsOf(doc, null))).toEqual(['p', 'n', 'q']);
	});

	test('a Maßnahme with an unknown status or a malformed Frist reads as open without a Frist', () => {
		const doc = new Y.Doc();
		rawEntry(doc, 'actions', 'm', { title: 'T', status: 'maybe', due: '31.12.2026', order: 'a0' });
		expect(getAction(doc, 'm')).toMatchObject({ title: 'T', status: 'open', due: null, clusterId: null });
		expect(ids(listActions(doc))).toEqual(['m']);
	});
});

describe('selectors', () => {
	test('a card whose cluster is missing or deleted shows in Unsortiert', () => {
		const doc = new Y.Doc();
		value(createCluster(doc, { id: 'gone' }));
		value(addCard(doc, { id: 'a', text: 'A', category: '', authorKey: 'k', clusterId: 'gone' }));
		rawEntry(doc, 'cards', 'b', { text: 'B', clusterId: 'never-existed', order: 'a5' });
		doc.getMap<Y.Map<unknown>>('clusters').get('gone')!.set('deletedAt', 1);
		expect(ids(cardsOf(doc, null))).toEqual(['a', 'b']);
		expect(cardsOf(doc, 'gone')).toEqual([]);
		expect(cardsOf(doc, 'never-existed')).toEqual([]);
	});

	test('the wall lists live clusters in order with their cards, then Unsortiert, matching cardsOf', () => {
		const doc = new Y.Doc();
		value(createCluster(doc, { id: 'c2' }));
		value(createCluster(doc, { id: 'c1', before: 'c2' }));
		value(addCard(doc, { id: 'a', text: 'A', category: '', authorKey: 'k', clusterId: 'c2' }));
		value(addCard(doc, { id: 'b', text: 'B', category: '', authorKey: 'k' }));
		value(addCard(doc, { id: 'c', text: 'C', category: '', authorKey: 'k', clusterId: 'c2' }));
		const view = wall(doc);
		expect(view.clusters.map((g) => [g.cluster.id, ids(g.cards)])).toEqual([
			['c1', []],
			['c2', ['a', 'c']]
		]);
		expect(ids(view.unsorted)).toEqual(['b']);
		for (const group of view.clusters) expect(group.cards).toEqual(cardsOf(doc, group.cluster.id));
	});

	test('lookups by id return deleted entries too, and nothing for unknown ids', () => {
		const doc = new Y.Doc();
		value(addAction(doc, { id: 'm', title: 'T' }));
		value(addCard(doc, { id: 'a', text: 'A', category: '', authorKey: 'k' }));
		expect(cardCount(doc)).toBe(1);
		value(deleteCard(doc, 'a', 3));
		expect(cardCount(doc)).toBe(0);
		expect(getCard(doc, 'a')?.deletedAt).toBe(3);
		expect(getAction(doc, 'm')?.title).toBe('T');
		expect(getCard(doc, 'nope')).toBeUndefined();
	});
});
