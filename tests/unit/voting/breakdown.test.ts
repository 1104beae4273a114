import { describe, expect, test } from 'vitest';
import { DEFAULT_MIN_GROUP as K } from '../../../src/lib/board/institution-groups.ts';
import { breakdownByInstitution, type ResolvedBallot } from '../../../src/lib/server/voting/breakdown.ts';

const voters = (institution: string, n: number, votes: Record<string, number> = { a: 1 }): ResolvedBallot[] =>
	Array.from({ length: n }, () => ({ institution, votes }));

const shape = (rows: ReturnType<typeof breakdownByInstitution>) => rows.map((r) => [r.institutionType, r.voters]);

describe('breakdown by institution type', () => {
	test('keeps groups of three or more, largest first, and sums their votes', () => {
		const rows = breakdownByInstitution([...voters('IHK', 3, { a: 2 }), ...voters('Jobcenter', 4, { a: 1, b: 1 })], K);
		expect(rows).toEqual([
			{ institutionType: 'Jobcenter', voters: 4, votes: { a: 4, b: 4 } },
			{ institutionType: 'IHK', voters: 3, votes: { a: 6 } }
		]);
	});

	test('merges groups under three voters and voters without institution into Weitere', () => {
		const rows = breakdownByInstitution(
			[...voters('Jobcenter', 3), ...voters('IHK', 2), ...voters('Ehrenamt', 1), ...voters(' ', 1)],
			K
		);
		expect(shape(rows)).toEqual([
			['Jobcenter', 3],
			[null, 4]
		]);
	});

	test('when Weitere would hold one or two voters, the smallest named group joins it', () => {
		const rows = breakdownByInstitution([...voters('Jobcenter', 5), ...voters('IHK', 3), ...voters('Ehrenamt', 1, { z: 3 })], K);
		expect(rows).toEqual([
			{ institutionType: 'Jobcenter', voters: 5, votes: { a: 5 } },
			{ institutionType: null, voters: 4, votes: { a: 3, z: 3 } }
		]);
	});

	test('a workshop with K = 5 keeps only groups of five', () => {
		const rows = breakdownByInstitution([...voters('Jobcenter', 5), ...voters('IHK', 4), ...voters('Ehrenamt', 1)], 5);
		expect(shape(rows)).toEqual([
			['Jobcenter', 5],
			[null, 5]
		]);
	});

	test('fewer than three voters in all: no breakdown', () => {
		expect(breakdownByInstitution(voters('IHK', 2), K)).toEqual([]);
		expect(breakdownByInstitution([], K)).toEqual([]);
	});

	test('no row ever stands for fewer than three voters, and the rows add up to the totals', () => {
		let seed = 7;
		const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
		const types = ['Jobcenter', 'IHK', 'Berufskolleg', 'Ehrenamt', ''];
		for (let round = 0; round < 200; round++) {
			const ballots = Array.from({ length: Math.floor(random() * 12) }, () => ({
				institution: types[Math.floor(random() * types.length)]!,
				votes: { a: 1 + Math.floor(random() * 3), b: Math.floor(random() * 2) }
			}));
			const rows = breakdownByInstitution(ballots, K);
			for (const row of rows) expect(row.voters).toBeGreaterThanOrEqual(K);
			if (ballots.length >= K) {
				expect(rows.reduce((sum, row) => sum + row.voters, 0)).toBe(ballots.length);
				const total = ballots.reduce((sum, b) => sum + b.votes.a, 0);
				expect(rows.reduce((sum, row) => sum + (row.votes.a ?? 0), 0)).toBe(total);
			} else {
				expect(rows).toEqual([]);
			}
		}
	});
});
