import { and, eq, sql } from 'drizzle-orm';
import type { Tallies } from '../../board/vote-targets.ts';
import type { Db } from '../db/open.ts';
import { participants, votes } from '../db/schema.ts';
import { getRound } from './rounds.ts';
import { decideVote, ownVotes, withRow, type OwnVotes, type Resolve, type VoteRefusal, type VoteRow } from './rules.ts';

export interface VoteRequest {
	roundId: string;
	participantId: string;
	/** For +1 the accepted target (TargetIndex.accept); for -1 as sent. */
	targetId: string;
	delta: 1 | -1;
	resolve: Resolve;
}

export type VoteOutcome = { ok: true; votes: OwnVotes } | { ok: false; code: VoteRefusal | 'voting_closed' };

export function rowsOf(db: Db, roundId: string, participantId: string): VoteRow[] {
	return db
		.select({ targetId: votes.targetId, count: votes.count })
		.from(votes)
		.where(and(eq(votes.roundId, roundId), eq(votes.participantId, participantId)))
		.all();
}

/**
 * Gives or takes back one Punkt. Check and write are one SQLite transaction; better-sqlite3 runs
 * it synchronously on the one connection, so parallel requests of one participant are serialised
 * and can never spend more than the budget. The round is read again inside: a round closed while
 * the request read the board takes no more votes.
 */
export function castVote(db: Db, request: VoteRequest): VoteOutcome {
	return db.transaction((): VoteOutcome => {
		const round = getRound(db, request.roundId);
		if (round?.status !== 'open') return { ok: false, code: 'voting_closed' };
		const rows = rowsOf(db, round.id, request.participantId);
		const decision = decideVote(rows, round, request.resolve, request.targetId, request.delta);
		if (!decision.ok) return decision;
		const key = { roundId: round.id, participantId: request.participantId, targetId: decision.row.targetId };
		if (decision.row.count === 0) {
			db.delete(votes)
				.where(and(eq(votes.roundId, key.roundId), eq(votes.participantId, key.participantId), eq(votes.targetId, key.targetId)))
				.run();
		} else {
			db.insert(votes)
				.values({ ...key, count: decision.row.count })
				.onConflictDoUpdate({ target: [votes.roundId, votes.participantId, votes.targetId], set: { count: decision.row.count } })
				.run();
		}
		return { ok: true, votes: ownVotes(withRow(rows, decision.row), round, request.resolve) };
	});
}

/** Punkte of a round by the target id they were given to, summed over everyone. */
export function rawTallies(db: Db, roundId: string): Tallies {
	const rows = db
		.select({ targetId: votes.targetId, count: sql<number>`sum(${votes.count})` })
		.from(votes)
		.where(eq(votes.roundId, roundId))
		.groupBy(votes.targetId)
		.all();
	return Object.fromEntries(rows.map((row) => [row.targetId, row.count]));
}

/** One voter's Punkte (by voted id) and institution, as the breakdown needs them; no names. */
export interface Ballot {
	institution: string;
	votes: Tallies;
}

export function ballots(db: Db, roundId: string): Ballot[] {
	const rows = db
		.select({ participantId: votes.participantId, institution: participants.institution, targetId: votes.targetId, count: votes.count })
		.from(votes)
		.innerJoin(participants, eq(votes.participantId, participants.id))
		.where(eq(votes.roundId, roundId))
		.all();
	const byVoter = new Map<string, Ballot>();
	for (const row of rows) {
		const ballot = byVoter.get(row.participantId) ?? { institution: row.institution, votes: {} };
		ballot.votes[row.targetId] = row.count;
		byVoter.set(row.participantId, ballot);
	}
	return [...byVoter.values()];
}

/** How far a round has come: people who gave at least one Punkt and Punkte given, in total. */
export function roundProgress(db: Db, roundId: string): { voters: number; spent: number } {
	const row = db
		.select({ voters: sql<number>`count(distinct ${votes.participantId})`, spent: sql<number>`coalesce(sum(${votes.count}), 0)` })
		.from(votes)
		.where(eq(votes.roundId, roundId))
		.get();
	return { voters: row?.voters ?? 0, spent: row?.spent ?? 0 };
}
