import { describe, expect, test } from 'vitest';
import { isTied, rankByVotes } from '../../../src/lib/board/ranking.ts';

describe('ranking by votes', () => {
	test('best first; ties share a rank and the next rank skips', () => {
		const ranked = rankByVotes([
			{ id: 'a', votes: 2 },
			{ id: 'b', votes: 7 },
			{ id: 'c', votes: 7 },
			{ id: 'd', votes: 0 },
			{ id: 'e', votes: 2 }
		]);
		expect(ranked.map((r) => [r.id, r.rank])).toEqual([
			['b', 1],
			['c', 1],
			['a', 3],
			['e', 3],
			['d', 5]
		]);
		expect(ranked.map((_, i) => isTied(ranked, i))).toEqual([true, true, true, true, false]);
	});

	test('everyone tied at zero shares rank 1', () => {
		expect(rankByVotes([{ votes: 0 }, { votes: 0 }]).map((r) => r.rank)).toEqual([1, 1]);
	});
});
