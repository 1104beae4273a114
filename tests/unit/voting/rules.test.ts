import { describe, expect, test } from 'vitest';
import { decideVote, ownVotes, withRow, type Resolve, type VoteRow } from '../../../src/lib/server/voting/rules.ts';

const rules = { budget: 5, maxPerTarget: 3 };
const same: Resolve = (id) => id;

/** Applies steps in order as the transaction would, stopping at the first refusal. */
function run(steps: [string, 1 | -1][], resolve = same, start: VoteRow[] = []) {
	let rows = start;
	for (const [target, delta] of steps) {
		const decision = decideVote(rows, rules, resolve, target, delta);
		if (!decision.ok) return { rows, refused: decision.code };
		rows = withRow(rows, decision.row);
	}
	return { rows, refused: null };
}

describe('giving Punkte', () => {
	test('spends the budget and not one Punkt more', () => {
		const result = run([['a', 1], ['a', 1], ['b', 1], ['b', 1], ['c', 1], ['c', 1]]);
		expect(result.refused).toBe('budget_exhausted');
		expect(ownVotes(result.rows, rules, same)).toEqual({ mine: { a: 2, b: 2, c: 1 }, lapsed: {}, remaining: 0 });
	});

	test('stops at the maximum per target', () => {
		const result = run([['a', 1], ['a', 1], ['a', 1], ['a', 1]]);
		expect(result.refused).toBe('target_max');
		expect(result.rows).toEqual([{ targetId: 'a', count: 3 }]);
	});

	test('counts merged Punkte toward the survivor\'s maximum', () => {
		const merged: Resolve = (id) => (id === 'a' ? 'b' : id);
		const start = [{ targetId: 'a', count: 2 }];
		expect(run([['b', 1], ['b', 1]], merged, start).refused).toBe('target_max');
	});

	test('a lapsed Punkt stays spent', () => {
		const gone: Resolve = (id) => (id === 'a' ? null : id);
		const start = [{ targetId: 'a', count: 3 }, { targetId: 'b', count: 2 }];
		expect(run([['c', 1]], gone, start).refused).toBe('budget_exhausted');
		expect(ownVotes(start, rules, gone)).toEqual({ mine: { b: 2 }, lapsed: { a: 3 }, remaining: 0 });
	});
});

describe('taking Punkte back', () => {
	test('never goes below zero', () => {
		expect(run([['a', -1]])).toEqual({ rows: [], refused: 'no_vote' });
		const result = run([['a', 1], ['a', -1], ['a', -1]]);
		expect(result).toEqual({ rows: [], refused: 'no_vote' });
	});

	test('gives the Punkt back to the budget', () => {
		const result = run([['a', 1], ['a', 1], ['b', 1], ['b', 1], ['c', 1], ['c', -1], ['d', 1]]);
		expect(result.refused).toBeNull();
		expect(ownVotes(result.rows, rules, same).remaining).toBe(0);
	});

	test('takes from the very target first, then from a cluster merged into it', () => {
		const merged: Resolve = (id) => (id === 'a' ? 'b' : id);
		const start = [{ targetId: 'a', count: 1 }, { targetId: 'b', count: 1 }];
		const once = run([['b', -1]], merged, start);
		expect(once.rows).toEqual([{ targetId: 'a', count: 1 }]);
		expect(run([['b', -1], ['b', -1]], merged, start).rows).toEqual([]);
	});

	test('takes back a lapsed Punkt by the id it was given to', () => {
		const gone: Resolve = (id) => (id === 'a' ? null : id);
		expect(run([['a', -1]], gone, [{ targetId: 'a', count: 1 }]).rows).toEqual([]);
	});
});
