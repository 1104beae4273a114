import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, editCard, moveCard } from '../../src/lib/board/cards.ts';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { readFacilitatorState, writeFacilitatorState, type FacilitatorState } from '../../src/lib/board/facilitator-state.ts';
import { BoardStore, type BoardIdentity, type SyncFactory } from '../../src/lib/state/BoardStore.svelte.ts';
import { value } from '../helpers/board.ts';

const initial: FacilitatorState = readFacilitatorState(new Y.Doc());

/** A store whose documents are linked both ways to `remote`, as a provider would link them to the server. */
function storeWith(identity: Partial<BoardIdentity> = {}) {
	const remote = new Y.Doc();
	const server = new Y.Doc();
	let trustState = () => {};
	const sync: SyncFactory = ({ board, state, onStateTrusted }) => {
		trustState = onStateTrusted;
		const toBoard = (update: Uint8Array, origin: unknown) => origin !== 'link' && Y.applyUpdate(board, update, 'link');
		const toRemote = (update: Uint8Array, origin: unknown) => origin !== 'link' && Y.applyUpdate(remote, update, 'link');
		const toState = (update: Uint8Array) => Y.applyUpdate(state, update, 'link');
		remote.on('update', toBoard);
		board.on('update', toRemote);
		server.on('update', toState);
		return {
			destroy() {
				remote.off('update', toBoard);
				board.off('update', toRemote);
				server.off('update', toState);
			}
		};
	};
	const store = new BoardStore(
		{ workshopId: 'w1', role: 'participant', authorKey: 'me', ended: false, ...identity },
		initial,
		sync
	);
	return { store, remote, server, trustState: () => trustState() };
}

describe('BoardStore', () => {
	it('mirrors the wall: a remote text edit replaces only that card, every list keeps its identity', () => {
		const { store, remote } = storeWith();
		const a = value(createCluster(remote, { title: 'Sprache' }));
		const b = value(createCluster(remote, { title: 'Kinderbetreuung' }));
		const one = value(addCard(remote, { text: 'Sprachkurs', category: 'Sprache', authorKey: 'x', clusterId: a }));
		const two = value(addCard(remote, { text: 'Kita', category: 'Kinderbetreuung', authorKey: 'x', clusterId: b }));
		value(addCard(remote, { text: 'lose', category: 'Sonstiges', authorKey: 'x' }));
		const { clusters, unsorted } = store.wall;
		const [sprache, kita] = clusters;
		const cards = [sprache!.cards, kita!.cards];
		const untouched = store.wall.card(two)!.current;
		expect(sprache!.cards.map((c) => c.current.text)).toEqual(['Sprachkurs']);

		value(editCard(remote, one, { text: 'Sprachkurs mit Kinderbetreuung' }));

		expect(store.wall.card(one)!.current.text).toBe('Sprachkurs mit Kinderbetreuung');
		expect(store.wall.card(two)!.current).toBe(untouched);
		expect(store.wall.clusters).toBe(clusters);
		expect(store.wall.unsorted).toBe(unsorted);
		expect([sprache!.cards, kita!.cards]).toEqual(cards);
		expect(sprache!.cards).toBe(cards[0]);
	});

	it('a remote move rebuilds the two lists it touches and leaves the others alone', () => {
		const { store, remote } = storeWith();
		const [a, b, c] = ['A', 'B', 'C'].map((title) => value(createCluster(remote, { title })));
		const card = value(addCard(remote, { text: 'wandert', category: '', authorKey: 'x', clusterId: a }));
		value(addCard(remote, { text: 'bleibt', category: '', authorKey: 'x', clusterId: c }));
		const [ca, cb, cc] = store.wall.clusters;
		const before = [ca!.cards, cb!.cards, cc!.cards];

		value(moveCard(remote, card, { clusterId: b! }));

		expect(ca!.cards).not.toBe(before[0]);
		expect(ca!.cards).toEqual([]);
		expect(cb!.cards.map((x) => x.id)).toEqual([card]);
		expect(cc!.cards).toBe(before[2]);
		expect(store.wall.cardCount).toBe(2);
	});

	it('authors change their own cards, the Moderation every card; the Papierkorb is the Moderation’s', () => {
		const { store, remote } = storeWith();
		const theirs = value(addCard(remote, { text: 'fremd', category: '', authorKey: 'other' }));
		const mine = value(store.addCard({ text: 'meins', category: 'Sprache' }));
		expect(remote.getMap('cards').get(mine)).toBeInstanceOf(Y.Map);
		expect(store.wall.card(mine)!.current.authorKey).toBe('me');

		expect(store.editCard(theirs, { text: 'übernommen' })).toEqual({ ok: false, field: 'card', code: 'invalid' });
		expect(store.deleteCard(theirs).ok).toBe(false);
		expect(store.editCard(mine, { text: 'meins, geändert' }).ok).toBe(true);
		expect(store.deleteCard(mine).ok).toBe(true);
		expect(store.wall.trash.map((c) => c.id)).toEqual([mine]);
		expect(store.restoreCard(mine).ok).toBe(false);

		const moderation = storeWith({ role: 'facilitator', authorKey: 'mod' });
		const card = value(addCard(moderation.remote, { text: 'Teilnehmerkarte', category: '', authorKey: 'p' }));
		expect(moderation.store.editCard(card, { text: 'korrigiert' }).ok).toBe(true);
		expect(moderation.store.deleteCard(card).ok).toBe(true);
		expect(moderation.store.wall.trash).toHaveLength(1);
		expect(moderation.store.restoreCard(card).ok).toBe(true);
		expect(moderation.store.wall.trash).toEqual([]);
		expect(moderation.store.wall.unsorted.map((c) => c.current.text)).toEqual(['korrigiert']);
	});

	it('keeps the loaded state until the state document is trusted, then follows it; a locked board refuses writes', () => {
		const { store, server, trustState } = storeWith();
		writeFacilitatorState(server, { phase: 'clustern', locked: true });
		expect(store.facilitator.phase).toBe('ankommen');
		expect(store.writable).toBe(true);

		trustState();

		expect(store.facilitator.phase).toBe('clustern');
		expect(store.readOnlyReason).toBe('locked');
		expect(store.addCard({ text: 'gesperrt', category: '' })).toEqual({ ok: false, field: 'board', code: 'invalid' });
		writeFacilitatorState(server, { locked: false });
		expect(store.addCard({ text: 'wieder offen', category: '' }).ok).toBe(true);
	});

	it('viewers and ended workshops are read-only, with the reason', () => {
		expect(storeWith({ role: 'viewer' }).store.readOnlyReason).toBe('viewer');
		const ended = storeWith({ ended: true }).store;
		expect(ended.readOnlyReason).toBe('ended');
		expect(ended.createCluster({ title: 'nichts' }).ok).toBe(false);
	});
});
