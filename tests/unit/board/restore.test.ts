import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, updateAction } from '../../../src/lib/board/actions.ts';
import { addCard, deleteCard, editCard, moveCard } from '../../../src/lib/board/cards.ts';
import { createCluster, mergeClusters, renameCluster } from '../../../src/lib/board/clusters.ts';
import { restoreWall } from '../../../src/lib/board/restore.ts';
import { deletedCards, getAction, listClusters, wall } from '../../../src/lib/board/selectors.ts';
import { entryOf, mergedIntoOf } from '../../../src/lib/board/schema.ts';
import { value } from '../../helpers/board.ts';

const snapshotOf = (doc: Y.Doc) => {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
	return copy;
};

/** The wall as people see it: Themen with the texts of their cards, and "Unsortiert". */
const seen = (doc: Y.Doc) => {
	const { clusters, unsorted } = wall(doc);
	return {
		clusters: clusters.map(({ cluster, cards }) => [cluster.title, cards.map((c) => c.text)]),
		unsorted: unsorted.map((c) => c.text)
	};
};

function workshopAtClusternStart() {
	const doc = new Y.Doc();
	value(createCluster(doc, { id: 'kita', title: 'Kinderbetreuung', now: 1 }));
	value(createCluster(doc, { id: 'sprache', title: 'Sprache', now: 1 }));
	value(addCard(doc, { id: 'c1', text: 'Kita-Plätze fehlen', category: 'Kinderbetreuung', authorKey: 'a', clusterId: 'kita' }));
	value(addCard(doc, { id: 'c2', text: 'Sprachkurs mit Kinderbetreuung', category: 'Sprache', authorKey: 'b' }));
	value(addCard(doc, { id: 'c3', text: 'Fachsprache Pflege', category: 'Sprache', authorKey: 'a', clusterId: 'sprache' }));
	return doc;
}

describe('restoreWall', () => {
	it('brings the wall back as it was: moves, edits, deletions, renames and merges undone', () => {
		const doc = workshopAtClusternStart();
		const then = snapshotOf(doc);
		const before = seen(doc);

		value(moveCard(doc, 'c2', { clusterId: 'kita' }));
		value(editCard(doc, 'c3', { text: 'Fachsprache Pflege und Handwerk' }));
		value(deleteCard(doc, 'c1'));
		value(renameCluster(doc, 'sprache', 'Deutsch'));
		value(mergeClusters(doc, 'sprache', 'kita'));
		value(addCard(doc, { id: 'c4', text: 'Später geschrieben', category: 'Wohnen', authorKey: 'c' }));
		value(createCluster(doc, { id: 'neu', title: 'Neues Thema', now: 2 }));
		expect(seen(doc)).not.toEqual(before);

		expect(restoreWall(doc, then, 50)).toEqual({ changed: 4, removed: 2 });
		expect(seen(doc)).toEqual(before);
		expect(mergedIntoOf(entryOf(doc, 'clusters', 'sprache')!)).toBeNull();
		// What came later is in the Papierkorb, not gone.
		expect(deletedCards(doc).map((c) => [c.id, c.deletedAt])).toEqual([['c4', 50]]);
		expect(listClusters(doc).map((c) => c.id)).not.toContain('neu');
		expect(entryOf(doc, 'clusters', 'neu')!.get('deletedAt')).toBe(50);
	});

	it('leaves the Maßnahmen as they are', () => {
		const doc = workshopAtClusternStart();
		const then = snapshotOf(doc);
		const id = value(addAction(doc, { title: 'Kita-Plätze für Azubis', clusterId: 'kita', now: 5 }));
		value(updateAction(doc, id, { status: 'in_progress' }));
		restoreWall(doc, then, 60);
		expect(getAction(doc, id)).toMatchObject({ title: 'Kita-Plätze für Azubis', status: 'in_progress', deletedAt: null });
	});

	it('changes nothing when the wall is as it was', () => {
		const doc = workshopAtClusternStart();
		const updates: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array) => updates.push(update));
		expect(restoreWall(doc, snapshotOf(doc), 70)).toEqual({ changed: 0, removed: 0 });
		expect(updates).toEqual([]);
	});

	it('is an ordinary edit for every other replica: a card written meanwhile elsewhere survives', () => {
		const server = workshopAtClusternStart();
		const then = snapshotOf(server);
		const phone = snapshotOf(server);
		value(moveCard(server, 'c2', { clusterId: 'sprache' }));
		Y.applyUpdate(phone, Y.encodeStateAsUpdate(server));

		const fromPhone: Uint8Array[] = [];
		phone.on('update', (update: Uint8Array) => fromPhone.push(update));
		value(addCard(phone, { id: 'c5', text: 'Offline geschrieben', category: 'Sonstiges', authorKey: 'd' }));
		const fromServer: Uint8Array[] = [];
		server.on('update', (update: Uint8Array) => fromServer.push(update));
		restoreWall(server, then, 80);

		for (const update of fromPhone) Y.applyUpdate(server, update);
		for (const update of fromServer) Y.applyUpdate(phone, update);
		expect(seen(phone)).toEqual(seen(server));
		expect(seen(server).unsorted).toEqual(['Sprachkurs mit Kinderbetreuung', 'Offline geschrieben']);
	});

	it('carries over plain values only, whatever a client wrote into the snapshot', () => {
		const doc = new Y.Doc();
		const then = new Y.Doc();
		const odd = new Y.Map<unknown>([
			['text', 'Karte'],
			['category', 'Sprache'],
			['clusterId', null],
			['order', 'a0'],
			['authorKey', 'x'],
			['createdAt', 1],
			['deletedAt', null],
			['nested', new Y.Array()]
		]);
		then.getMap('cards').set('c1', odd);
		then.getMap('cards').set('junk', 'not a map');
		restoreWall(doc, then, 90);
		expect(seen(doc).unsorted).toEqual(['Karte']);
		expect(entryOf(doc, 'cards', 'c1')!.has('nested')).toBe(false);
		expect(doc.getMap('cards').has('junk')).toBe(false);
	});
});
