import type { BreakdownRow } from '../../board/vote-results.ts';
import { institutionGroups } from '../../board/institution-groups.ts';
import type { Tallies } from '../../board/vote-targets.ts';

/**
 * Votes by institution type without ever showing an individual: the voters are grouped by the
 * rule of institution-groups.ts (every row stands for at least K voters, "Weitere" included), and
 * the rows add up to the totals, so no row can be worked out by subtracting the others from the
 * published tallies either. Too few voters for any group: no breakdown at all.
 */

export interface ResolvedBallot {
	institution: string;
	votes: Tallies;
}

function addInto(row: BreakdownRow, votes: Tallies, voters: number): void {
	row.voters += voters;
	for (const [target, count] of Object.entries(votes)) row.votes[target] = (row.votes[target] ?? 0) + count;
}

/** Named groups largest first, "Weitere" last. */
export function breakdownByInstitution(ballots: readonly ResolvedBallot[], minGroup: number): BreakdownRow[] {
	const groups = institutionGroups(ballots.map((ballot) => ballot.institution), minGroup);
	if (!groups.shown) return [];
	const rows = new Map<string | null, BreakdownRow>();
	for (const ballot of ballots) {
		const institutionType = groups.label(ballot.institution);
		const row = rows.get(institutionType) ?? { institutionType, voters: 0, votes: {} };
		addInto(row, ballot.votes, 1);
		rows.set(institutionType, row);
	}
	return [...rows.values()].sort(
		(a, b) =>
			Number(a.institutionType === null) - Number(b.institutionType === null) ||
			b.voters - a.voters ||
			(a.institutionType ?? '').localeCompare(b.institutionType ?? '', 'de')
	);
}
