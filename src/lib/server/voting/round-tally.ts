import * as v from 'valibot';
import type { BreakdownRow } from '../../board/vote-results.ts';
import type { Db } from '../db/open.ts';
import { breakdownByInstitution } from './breakdown.ts';
import type { RoundRow } from './rounds.ts';
import { ballots, rawTallies } from './votes.ts';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const tallies = v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(200)), count);

/**
 * What a round's result is made of, by voted id as stored (not yet resolved against merges):
 * how many voted, the totals, and the breakdown by institution groups of at least K. This is all
 * an export carries of a round, so that nobody can read from it who gave which Punkt.
 */
export const RoundTally = v.object({
	voters: count,
	tallies,
	groups: v.array(v.object({ institutionType: v.nullable(v.pipe(v.string(), v.maxLength(200))), voters: count, votes: tallies }))
});
export type RoundTally = v.InferOutput<typeof RoundTally>;

/** A round's tally: from its votes, or as restored from an export. */
export function roundTally(db: Db, round: RoundRow, minGroup: number): RoundTally {
	const imported = v.safeParse(RoundTally, round.importedTally);
	if (round.importedTally !== null && imported.success) return imported.output;
	const voted = ballots(db, round.id);
	const groups: BreakdownRow[] = breakdownByInstitution(voted, minGroup);
	return { voters: voted.length, tallies: rawTallies(db, round.id), groups };
}
