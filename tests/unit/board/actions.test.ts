import { beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addAction, deleteAction, restoreAction, updateAction } from '../../../src/lib/board/actions.ts';
import { createCluster } from '../../../src/lib/board/clusters.ts';
import { deletedActions, getAction, listActions } from '../../../src/lib/board/selectors.ts';
import { failure, ids, value } from '../../helpers/board.ts';

let doc: Y.Doc;

beforeEach(() => {
	doc = new Y.Doc();
	value(createCluster(doc, { id: 'kita', title: 'Kinderbetreuung' }));
});

describe('adding a Maßnahme', () => {
	test('fills the fields left out with defaults and appends it to the plan', () => {
		value(addAction(doc, { id: 'a1', title: 'Erste' }));
		const id = value(
			addAction(doc, {
				title: ' Betreuungsplätze klären ',
				clusterId: 'kita',
				owner: 'Jugendamt',
				due: '2026-03-31',
				now: 9
			})
		);
		expect(getAction(doc, 'a1')).toMatchObject({
			title: 'Erste',
			clusterId: null,
			owner: '',
			contact: '',
			due: null,
			status: 'open',
			notes: ''
		});
		expect(getAction(doc, id)).toMatchObject({
			title: 'Betreuungsplätze klären',
			clusterId: 'kita',
			owner: 'Jugendamt',
			due: '2026-03-31',
			createdAt: 9,
			deletedAt: null
		});
		expect(ids(listActions(doc))).toEqual(['a1', id]);
	});

	test('refuses a missing title, an unknown status, a day that does not exist and an unknown cluster', () => {
		expect(addAction(doc, { title: ' ' })).toEqual(failure('title', 'required'));
		expect(addAction(doc, { title: 'x', status: 'later' as 'open' })).toEqual(failure('status', 'invalid'));
		for (const due of ['2026-02-30', '2026-2-3', 'morgen', '2026-13-01']) {
			expect(addAction(doc, { title: 'x', due })).toEqual(failure('due', 'invalid'));
		}
		expect(addAction(doc, { title: 'x', clusterId: 'nope' })).toEqual(failure('clusterId', 'not_found'));
		expect(addAction(doc, { title: 'x', notes: 'n'.repeat(2001) })).toEqual(failure('notes', 'too_long'));
		expect(listActions(doc)).toEqual([]);
	});

	test('accepts a leap day', () => {
		expect(addAction(doc, { title: 'x', due: '2028-02-29' }).ok).toBe(true);
	});
});

describe('updating a Maßnahme', () => {
	test('changes only the given fields, and a null Frist clears it', () => {
		const id = value(addAction(doc, { title: 'T', owner: 'IHK', due: '2026-01-15' }));
		value(updateAction(doc, id, { status: 'in_progress', contact: 'Frau Öztürk' }));
		expect(getAction(doc, id)).toMatchObject({
			title: 'T',
			owner: 'IHK',
			status: 'in_progress',
			contact: 'Frau Öztürk'
		});
		value(updateAction(doc, id, { due: null, status: 'done' }));
		expect(getAction(doc, id)).toMatchObject({ due: null, status: 'done', owner: 'IHK' });
	});

	test('writes no field it does not know, whatever an untyped caller sends', () => {
		const id = value(addAction(doc, { title: 'T' }));
		value(updateAction(doc, id, { title: 'U', deletedAt: 5, order: '!', secret: 1 } as object));
		const stored = doc.getMap<Y.Map<unknown>>('actions').get(id)!;
		expect(stored.get('title')).toBe('U');
		expect(stored.get('deletedAt')).toBeNull();
		expect(stored.has('secret')).toBe(false);
	});

	test('refuses invalid values and unknown or deleted Maßnahmen', () => {
		const id = value(addAction(doc, { title: 'T' }));
		expect(updateAction(doc, id, { title: '' })).toEqual(failure('title', 'required'));
		expect(updateAction(doc, id, { due: '2026-04-31' })).toEqual(failure('due', 'invalid'));
		expect(updateAction(doc, 'nope', { title: 'x' })).toEqual(failure('action', 'not_found'));
		value(deleteAction(doc, id));
		expect(updateAction(doc, id, { title: 'x' })).toEqual(failure('action', 'not_found'));
	});
});

describe('a Maßnahme that is stuck', () => {
	test('needs a reason, when it is added and when it gets stuck later', () => {
		expect(addAction(doc, { title: 'Sprachcafé', status: 'stuck' })).toEqual(failure('statusNote', 'required'));
		const id = value(addAction(doc, { title: 'Sprachcafé', status: 'in_progress', statusNote: 'Termine stehen' }));
		expect(updateAction(doc, id, { status: 'stuck' })).toEqual(failure('statusNote', 'required'));
		expect(updateAction(doc, id, { status: 'stuck', statusNote: '  ' })).toEqual(failure('statusNote', 'required'));
		expect(getAction(doc, id)).toMatchObject({ status: 'in_progress', statusNote: 'Termine stehen' });

		value(updateAction(doc, id, { status: 'stuck', statusNote: ' Kein Raum frei ' }));
		expect(getAction(doc, id)).toMatchObject({ status: 'stuck', statusNote: 'Kein Raum frei' });
		expect(updateAction(doc, id, { statusNote: '' })).toEqual(failure('statusNote', 'required'));
		value(updateAction(doc, id, { statusNote: 'Raum ab März im Jugendzentrum' }));
		expect(getAction(doc, id)?.statusNote).toBe('Raum ab März im Jugendzentrum');
	});

	test('loses its reason when the status moves on without a new note, and keeps a new one', () => {
		const id = value(addAction(doc, { title: 'Sprachcafé', status: 'stuck', statusNote: 'Kein Raum frei' }));
		value(updateAction(doc, id, { status: 'in_progress' }));
		expect(getAction(doc, id)).toMatchObject({ status: 'in_progress', statusNote: '' });
		value(updateAction(doc, id, { status: 'done', statusNote: 'Läuft jeden Dienstag' }));
		expect(getAction(doc, id)).toMatchObject({ status: 'done', statusNote: 'Läuft jeden Dienstag' });
		value(updateAction(doc, id, { owner: 'VHS', status: 'done' }));
		expect(getAction(doc, id)?.statusNote).toBe('Läuft jeden Dienstag');
		expect(updateAction(doc, id, { statusNote: 'n'.repeat(501) })).toEqual(failure('statusNote', 'too_long'));
	});
});

test('a deleted Maßnahme leaves the plan for the Papierkorb and can be restored', () => {
	const id = value(addAction(doc, { title: 'T' }));
	value(deleteAction(doc, id, 3));
	expect(listActions(doc)).toEqual([]);
	expect(ids(deletedActions(doc))).toEqual([id]);
	value(restoreAction(doc, id));
	expect(ids(listActions(doc))).toEqual([id]);
});
