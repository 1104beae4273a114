import type { BreakdownRow } from '../../board/vote-results.ts';
import type { Tallies } from '../../board/vote-targets.ts';

/**
 * Votes by institution type without ever showing an individual. Every row stands for at least
 * MIN_GROUP voters, and the rows add up to the totals, so no row can be worked out by subtracting
 * the others from the published tallies either:
 * - a type with fewer than MIN_GROUP voters, and voters without an institution, go into "Weitere"
 *   (`institutionType: null`);
 * - if "Weitere" then holds 1 or 2 voters, the smallest named group joins it (a row labelled with a
 *   type must hold only that type, so the mixed row keeps the name "Weitere");
 * - if no named group is left to join, all voters together are fewer than MIN_GROUP and there is no
 *   breakdown at all.
 */

export const MIN_GROUP = 3;

export interface ResolvedBallot {
	institution: string;
	votes: Tallies;
}

function addInto(row: BreakdownRow, votes: Tallies, voters: number): void {
	row.voters += voters;
	for (const [target, count] of Object.entries(votes)) row.votes[target] = (row.votes[target] ?? 0) + count;
}

const bySize = (a: BreakdownRow, b: BreakdownRow) =>
	b.voters - a.voters || (a.institutionType ?? '').localeCompare(b.institutionType ?? '', 'de');

/** Named groups largest first, "Weitere" last. */
export function breakdownByInstitution(ballots: readonly ResolvedBallot[]): BreakdownRow[] {
	const groups = new Map<string, BreakdownRow>();
	const other: BreakdownRow = { institutionType: null, voters: 0, votes: {} };
	for (const ballot of ballots) {
		const type = ballot.institution.trim();
		if (!type) {
			addInto(other, ballot.votes, 1);
			continue;
		}
		const group = groups.get(type) ?? { institutionType: type, voters: 0, votes: {} };
		addInto(group, ballot.votes, 1);
		groups.set(type, group);
	}
	let named = [...groups.values()].sort(bySize);
	for (const small of named.filter((group) => group.voters < MIN_GROUP)) addInto(other, small.votes, small.voters);
	named = named.filter((group) => group.voters >= MIN_GROUP);
	if (other.voters > 0 && other.voters < MIN_GROUP) {
		const smallest = named.pop();
		if (!smallest) return [];
		addInto(other, smallest.votes, smallest.voters);
	}
	return other.voters > 0 ? [...named, other] : named;
}
