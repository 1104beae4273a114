import { describe, expect, it } from 'vitest';
import { addAction, deleteAction, updateAction } from '../../src/lib/board/actions.ts';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { writeFacilitatorState } from '../../src/lib/board/facilitator-state.ts';
import { getAction } from '../../src/lib/board/selectors.ts';
import { failure, ids, value } from '../helpers/board.ts';
import { storeWith } from '../helpers/board-store.ts';

describe('BoardStore: the Maßnahmenplan', () => {
	it('mirrors Maßnahmen: a remote edit replaces only that Maßnahme; the list changes when one comes or goes', () => {
		const { store, remote } = storeWith();
		const kita = value(createCluster(remote, { title: 'Kinderbetreuung' }));
		const one = value(addAction(remote, { title: 'Betreuung klären', clusterId: kita }));
		const two = value(addAction(remote, { title: 'Sprachkurs' }));
		const list = store.plan.actions;
		const untouched = store.plan.action(two)!.current;
		expect(ids(list)).toEqual([one, two]);

		value(updateAction(remote, one, { owner: 'Jugendamt', status: 'in_progress' }));

		expect(store.plan.action(one)!.current).toMatchObject({ owner: 'Jugendamt', status: 'in_progress' });
		expect(store.plan.action(two)!.current).toBe(untouched);
		expect(store.plan.actions).toBe(list);

		// The list is the plan's order; which Thema a Maßnahme shows under is its own value.
		value(updateAction(remote, two, { clusterId: kita }));
		expect(store.plan.actions).toBe(list);
		expect(store.plan.action(two)!.current.clusterId).toBe(kita);

		value(deleteAction(remote, one, 5));
		expect(store.plan.actions).not.toBe(list);
		expect(ids(store.plan.actions)).toEqual([two]);
		expect(ids(store.plan.trash)).toEqual([one]);
	});

	it('participants create, edit and delete every Maßnahme; the domain’s refusals come back as values', () => {
		const { store, remote } = storeWith();
		const theirs = value(addAction(remote, { title: 'von jemand anderem' }));
		const mine = value(store.addAction({ title: 'Praktikumsbörse', owner: 'IHK' }));
		expect(getAction(remote, mine)).toMatchObject({ title: 'Praktikumsbörse', owner: 'IHK' });

		expect(store.updateAction(theirs, { contact: 'Frau Öztürk', due: '2026-06-30' }).ok).toBe(true);
		expect(getAction(remote, theirs)).toMatchObject({ contact: 'Frau Öztürk', due: '2026-06-30' });
		expect(store.updateAction(theirs, { title: '   ' })).toEqual(failure('title', 'required'));
		expect(store.updateAction(theirs, { due: '31.06.2026' })).toEqual(failure('due', 'invalid'));
		expect(store.updateAction(theirs, { clusterId: 'weg' })).toEqual(failure('clusterId', 'not_found'));
		expect(store.addAction({ title: '' })).toEqual(failure('title', 'required'));
		expect(store.deleteAction(theirs).ok).toBe(true);
		expect(getAction(remote, theirs)!.deletedAt).not.toBeNull();
	});

	it('“Rückgängig”: whoever deleted a Maßnahme here may restore it, the Moderation any; nobody while read-only', () => {
		const { store, remote, server, trustState } = storeWith();
		const mine = value(store.addAction({ title: 'selbst gelöscht' }));
		const elsewhere = value(addAction(remote, { title: 'anderswo gelöscht' }));
		value(deleteAction(remote, elsewhere));
		expect(store.deleteAction(mine).ok).toBe(true);

		expect(store.mayRestoreAction(elsewhere)).toBe(false);
		expect(store.restoreAction(elsewhere)).toEqual(failure('action', 'invalid'));
		expect(store.mayRestoreAction(mine)).toBe(true);
		expect(store.restoreAction(mine).ok).toBe(true);
		expect(getAction(remote, mine)!.deletedAt).toBeNull();
		expect(store.mayRestoreAction(mine)).toBe(false);

		const moderation = storeWith({ role: 'facilitator' });
		const gone = value(addAction(moderation.remote, { title: 'vom Handy gelöscht' }));
		value(deleteAction(moderation.remote, gone));
		expect(moderation.store.restoreAction(gone).ok).toBe(true);
		expect(ids(moderation.store.plan.actions)).toEqual([gone]);

		expect(store.deleteAction(mine).ok).toBe(true);
		writeFacilitatorState(server, { locked: true });
		trustState();
		expect(store.mayRestoreAction(mine)).toBe(false);
		expect(store.addAction({ title: 'gesperrt' })).toEqual(failure('board', 'invalid'));
		expect(store.updateAction(elsewhere, { owner: 'x' })).toEqual(failure('board', 'invalid'));
		expect(store.deleteAction(elsewhere)).toEqual(failure('board', 'invalid'));
	});

	it('viewers and ended workshops change no Maßnahme', () => {
		for (const identity of [{ role: 'viewer' as const }, { ended: true }]) {
			const { store, remote } = storeWith(identity);
			const id = value(addAction(remote, { title: 'nur lesen' }));
			expect(store.addAction({ title: 'neu' }).ok).toBe(false);
			expect(store.updateAction(id, { status: 'done' }).ok).toBe(false);
			expect(getAction(remote, id)!.status).toBe('open');
		}
	});
});
