import { and, asc, desc, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { VOTE_TARGETS, type VoteTargets } from '../../board/vote-targets.ts';
import type { Db } from '../db/open.ts';
import { votingRounds } from '../db/schema.ts';
import { randomId } from '../db/ids.ts';

export type RoundRow = typeof votingRounds.$inferSelect;
export type RoundStatus = RoundRow['status'];

export const MAX_BUDGET = 50;

const count = (field: string) =>
	v.pipe(
		v.number(`${field}:invalid`),
		v.integer(`${field}:invalid`),
		v.minValue(1, `${field}:too_small`),
		v.maxValue(MAX_BUDGET, `${field}:too_large`)
	);

export const VotingCommand = v.variant('action', [
	v.pipe(
		v.object({
			action: v.literal('open'),
			budget: v.optional(count('budget'), 5),
			maxPerTarget: v.optional(count('maxPerTarget'), 3),
			targets: v.optional(v.picklist(VOTE_TARGETS, 'targets:invalid'), 'clusters')
		}),
		v.check((input) => input.maxPerTarget <= input.budget, 'maxPerTarget:too_large')
	),
	v.object({ action: v.literal('close') }),
	v.object({ action: v.literal('reveal') })
], 'action:invalid');

export type NewRound = { budget: number; maxPerTarget: number; targets: VoteTargets };

export type RoundOutcome = { ok: true; round: RoundRow } | { ok: false; code: 'round_open' | 'voting_closed' | 'nothing_to_reveal' };

/** Every round of a workshop, first first. */
export function listRounds(db: Db, workshopId: string): RoundRow[] {
	return db.select().from(votingRounds).where(eq(votingRounds.workshopId, workshopId)).orderBy(asc(votingRounds.number)).all();
}

/** The round with the highest number, or the highest with that status. */
export function latestRound(db: Db, workshopId: string, status?: RoundStatus): RoundRow | undefined {
	const where = eq(votingRounds.workshopId, workshopId);
	return db
		.select()
		.from(votingRounds)
		.where(status ? and(where, eq(votingRounds.status, status)) : where)
		.orderBy(desc(votingRounds.number))
		.limit(1)
		.get();
}

/** The open round; at most one is (the partial unique index `voting_rounds_open_idx`). */
export const openRoundOf = (db: Db, workshopId: string) => latestRound(db, workshopId, 'open');

export function getRound(db: Db, roundId: string): RoundRow | undefined {
	return db.select().from(votingRounds).where(eq(votingRounds.id, roundId)).get();
}

/** Opens the next round; 409 `round_open` while one is open. */
export function openRound(db: Db, workshopId: string, rules: NewRound, now = new Date()): RoundOutcome {
	return db.transaction(() => {
		if (openRoundOf(db, workshopId)) return { ok: false, code: 'round_open' } as const;
		const round: RoundRow = {
			id: randomId(),
			workshopId,
			number: (latestRound(db, workshopId)?.number ?? 0) + 1,
			...rules,
			status: 'open',
			openedAt: now,
			closedAt: null,
			revealedAt: null,
			importedTally: null
		};
		db.insert(votingRounds).values(round).run();
		return { ok: true, round } as const;
	});
}

/** Closes the open round: no more Punkte; tallies stay hidden. */
export function closeRound(db: Db, workshopId: string, now = new Date()): RoundOutcome {
	return db.transaction(() => {
		const round = openRoundOf(db, workshopId);
		if (!round) return { ok: false, code: 'voting_closed' } as const;
		return { ok: true, round: update(db, round, { status: 'closed', closedAt: now }) } as const;
	});
}

/** Reveals the latest round, closing it first if it is still open. */
export function revealRound(db: Db, workshopId: string, now = new Date()): RoundOutcome {
	return db.transaction(() => {
		const round = latestRound(db, workshopId);
		if (!round || round.status === 'revealed') return { ok: false, code: 'nothing_to_reveal' } as const;
		const closedAt = round.closedAt ?? now;
		return { ok: true, round: update(db, round, { status: 'revealed', closedAt, revealedAt: now }) } as const;
	});
}

function update(db: Db, round: RoundRow, fields: Partial<RoundRow>): RoundRow {
	db.update(votingRounds).set(fields).where(eq(votingRounds.id, round.id)).run();
	return { ...round, ...fields };
}
