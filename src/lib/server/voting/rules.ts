import type { Tallies } from '../../board/vote-targets.ts';

/**
 * The rules of one participant's Punkte in one round, pure so they can be tested alone; votes.ts
 * runs them inside the SQLite transaction that writes the result.
 */

/** A stored vote row: Punkte given to the target id as it was when they were given. */
export interface VoteRow {
	targetId: string;
	count: number;
}

export interface RoundRules {
	budget: number;
	maxPerTarget: number;
}

/** Where a voted id counts now, or null (TargetIndex.resolve). */
export type Resolve = (targetId: string) => string | null;

export type VoteRefusal = 'budget_exhausted' | 'target_max' | 'no_vote';
export type VoteDecision = { ok: true; row: VoteRow } | { ok: false; code: VoteRefusal };

export interface OwnVotes {
	/** Punkte by the live target they count for. */
	mine: Tallies;
	/** Punkte on targets deleted since (they count for nothing, but stay spent until taken back). */
	lapsed: Tallies;
	remaining: number;
}

const spent = (rows: readonly VoteRow[]) => rows.reduce((sum, row) => sum + row.count, 0);

/**
 * One step, +1 or -1, on a target (for +1 already accepted and resolved). A Punkt given is spent
 * until taken back, whatever happens to its target, so the budget holds however the board changes.
 * The maximum counts every Punkt that counts for the target, merged ones included. Returns the row
 * to store (count 0: delete it).
 */
export function decideVote(
	rows: readonly VoteRow[],
	rules: RoundRules,
	resolve: Resolve,
	targetId: string,
	delta: 1 | -1
): VoteDecision {
	if (delta === 1) {
		if (spent(rows) >= rules.budget) return { ok: false, code: 'budget_exhausted' };
		const onTarget = spent(rows.filter((row) => resolve(row.targetId) === targetId));
		if (onTarget >= rules.maxPerTarget) return { ok: false, code: 'target_max' };
		const own = rows.find((row) => row.targetId === targetId);
		return { ok: true, row: { targetId, count: (own?.count ?? 0) + 1 } };
	}
	// Taking back prefers the row of the very id, then one that was merged into it.
	const from =
		rows.find((row) => row.targetId === targetId) ?? rows.find((row) => resolve(row.targetId) === targetId);
	if (!from) return { ok: false, code: 'no_vote' };
	return { ok: true, row: { targetId: from.targetId, count: from.count - 1 } };
}

export function ownVotes(rows: readonly VoteRow[], rules: RoundRules, resolve: Resolve): OwnVotes {
	const mine: Tallies = {};
	const lapsed: Tallies = {};
	for (const row of rows) {
		const target = resolve(row.targetId);
		if (target === null) lapsed[row.targetId] = (lapsed[row.targetId] ?? 0) + row.count;
		else mine[target] = (mine[target] ?? 0) + row.count;
	}
	return { mine, lapsed, remaining: Math.max(0, rules.budget - spent(rows)) };
}

/** Applies a decision to the rows (what the transaction writes), for callers that keep a copy. */
export function withRow(rows: readonly VoteRow[], changed: VoteRow): VoteRow[] {
	const others = rows.filter((row) => row.targetId !== changed.targetId);
	return changed.count > 0 ? [...others, changed] : others;
}
