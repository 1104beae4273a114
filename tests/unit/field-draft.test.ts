import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addAction, updateAction } from '../../src/lib/board/actions.ts';
import { ok } from '../../src/lib/board/result.ts';
import { getAction } from '../../src/lib/board/selectors.ts';
import { DRAFT_DELAY_MS, FieldDraft } from '../../src/lib/state/FieldDraft.svelte.ts';
import { value } from '../helpers/board.ts';
import { storeWith } from '../helpers/board-store.ts';

beforeEach(() => {
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
});

/** One Maßnahme edited by this person (the store) and by someone else (`remote`) at the same time. */
function shared() {
	const { store, remote } = storeWith();
	const id = value(addAction(remote, { title: 'Sprachkurs', owner: 'VHS' }));
	const field = (name: 'title' | 'owner') =>
		new FieldDraft(
			() => store.plan.action(id)!.current[name],
			(text) => store.updateAction(id, { [name]: text })
		);
	return { store, remote, id, title: field('title'), owner: field('owner') };
}

describe('FieldDraft', () => {
	it('keeps what is being typed when someone else changes the same field, and shows their other fields at once', () => {
		const { remote, id, title, owner } = shared();
		title.focus();
		title.input('Sprachkurs mit Kinderbetreuung');

		value(updateAction(remote, id, { title: 'Deutschkurs', owner: 'Jobcenter' }));

		expect(title.value).toBe('Sprachkurs mit Kinderbetreuung');
		expect(owner.value).toBe('Jobcenter');
	});

	it('writes after a pause in typing, and on blur; afterwards the field follows the document again', () => {
		const { remote, id, title } = shared();
		title.focus();
		title.input('Sprachkurs am Abend');
		vi.advanceTimersByTime(DRAFT_DELAY_MS - 1);
		expect(getAction(remote, id)!.title).toBe('Sprachkurs');
		vi.advanceTimersByTime(1);
		expect(getAction(remote, id)!.title).toBe('Sprachkurs am Abend');

		title.input('Sprachkurs am Abend, mit Kita');
		title.blur();
		expect(getAction(remote, id)!.title).toBe('Sprachkurs am Abend, mit Kita');
		value(updateAction(remote, id, { title: 'Abendkurs' }));
		expect(title.value).toBe('Abendkurs');
	});

	it('focusing and leaving a field without typing never writes back an older value', () => {
		const { remote, id, title } = shared();
		title.focus();
		value(updateAction(remote, id, { title: 'Deutschkurs' }));
		expect(title.value).toBe('Sprachkurs');
		title.blur();
		vi.runAllTimers();
		expect(getAction(remote, id)!.title).toBe('Deutschkurs');
		expect(title.value).toBe('Deutschkurs');
	});

	it('a refused draft stays on screen with its error until it is fixed or dropped', () => {
		const { remote, id, title } = shared();
		title.focus();
		title.input('  ');
		title.blur();
		expect(title.error).toBe('required');
		expect(title.value).toBe('  ');
		expect(getAction(remote, id)!.title).toBe('Sprachkurs');

		title.focus();
		title.input('Sprachkurs plus');
		title.commit();
		expect(title.error).toBeUndefined();
		expect(getAction(remote, id)!.title).toBe('Sprachkurs plus');

		title.input('');
		title.blur();
		title.reset();
		expect(title.error).toBeUndefined();
		expect(title.value).toBe('Sprachkurs plus');
	});

	it('a pending write is sent at once by commit (as when the field goes away), and only once', () => {
		const saved: string[] = [];
		const draft = new FieldDraft(
			() => 'alt',
			(text) => {
				saved.push(text);
				return ok();
			}
		);
		draft.focus();
		draft.input('neu');
		draft.commit();
		vi.runAllTimers();
		expect(saved).toEqual(['neu']);
	});
});
