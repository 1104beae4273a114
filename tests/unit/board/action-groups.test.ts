import { describe, expect, it } from 'vitest';
import { groupActions } from '../../../src/lib/board/action-groups.ts';

const themes = [{ id: 'sprache' }, { id: 'kita' }, { id: 'wohnen' }];
const action = (id: string, clusterId: string | null) => ({ id, clusterId });

describe('groupActions', () => {
	it('puts Maßnahmen under their Thema in the Themen’s order, keeps plan order within, and ends with "Ohne Thema"', () => {
		const actions = [action('a', 'kita'), action('b', null), action('c', 'sprache'), action('d', 'kita')];
		const groups = groupActions(themes, actions, (a) => a.clusterId);
		expect(groups.map((g) => [g.theme?.id ?? null, g.actions.map((a) => a.id)])).toEqual([
			['sprache', ['c']],
			['kita', ['a', 'd']],
			['wohnen', []],
			[null, ['b']]
		]);
	});

	it('shows a Maßnahme whose Thema is no longer live under "Ohne Thema" rather than losing it', () => {
		const groups = groupActions(themes.slice(0, 1), [action('x', 'geloescht')], (a) => a.clusterId);
		expect(groups.at(-1)).toEqual({ theme: null, actions: [action('x', 'geloescht')] });
		expect(groups[0]!.actions).toEqual([]);
	});
});
