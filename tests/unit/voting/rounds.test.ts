import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createCluster, mergeClusters } from '../../../src/lib/board/clusters.ts';
import { openDatabase, type OpenDatabase } from '../../../src/lib/server/db/open.ts';
import { users } from '../../../src/lib/server/db/schema.ts';
import type { VotingRound } from '../../../src/lib/server/export/report.ts';
import { joinWorkshop } from '../../../src/lib/server/identity/participants.ts';
import { resultBoard } from '../../../src/lib/board/vote-results.ts';
import { roundResults } from '../../../src/lib/server/voting/results.ts';
import { closeRound, listRounds, openRound, revealRound } from '../../../src/lib/server/voting/rounds.ts';
import { votingFields } from '../../../src/lib/server/voting/state.ts';
import { castVote } from '../../../src/lib/server/voting/votes.ts';
import { createWorkshop, deleteWorkshop } from '../../../src/lib/server/workshop/workshops.ts';
import { value } from '../../helpers/board.ts';

let database: OpenDatabase;
let workshopId: string;
const rules = { budget: 5, maxPerTarget: 3, targets: 'clusters' as const };

beforeEach(() => {
	database = openDatabase(':memory:');
	database.db.insert(users).values({ id: 'u', email: 'm@example.org', name: 'Mo', passwordHash: 'x' }).run();
	const created = createWorkshop(database.db, 'u', { title: 'Punkten' });
	if (!created.ok) throw new Error('workshop');
	workshopId = created.value.id;
});

afterEach(() => database.close());

function participant(institution = 'Jobcenter'): string {
	return joinWorkshop(database.db, workshopId, { name: '', institution }).participant.id;
}

function vote(roundId: string, participantId: string, targetId: string, delta: 1 | -1 = 1) {
	return castVote(database.db, { roundId, participantId, targetId, delta, resolve: (id) => id });
}

function opened() {
	const outcome = openRound(database.db, workshopId, rules);
	if (!outcome.ok) throw new Error(outcome.code);
	return outcome.round;
}

describe('voting rounds', () => {
	test('are numbered, one open at a time', () => {
		expect(opened().number).toBe(1);
		expect(openRound(database.db, workshopId, rules)).toEqual({ ok: false, code: 'round_open' });
		expect(closeRound(database.db, workshopId)).toMatchObject({ ok: true, round: { status: 'closed' } });
		expect(closeRound(database.db, workshopId)).toEqual({ ok: false, code: 'voting_closed' });
		expect(opened().number).toBe(2);
		expect(listRounds(database.db, workshopId).map((r) => [r.number, r.status])).toEqual([
			[1, 'closed'],
			[2, 'open']
		]);
	});

	test('revealing closes the latest round first and cannot happen twice', () => {
		opened();
		const revealed = revealRound(database.db, workshopId);
		expect(revealed).toMatchObject({ ok: true, round: { status: 'revealed' } });
		if (revealed.ok) expect(revealed.round.closedAt).not.toBeNull();
		expect(revealRound(database.db, workshopId)).toEqual({ ok: false, code: 'nothing_to_reveal' });
	});

	test('a closed round takes no more votes', () => {
		const round = opened();
		const voter = participant();
		expect(vote(round.id, voter, 'a')).toMatchObject({ ok: true, votes: { mine: { a: 1 }, remaining: 4 } });
		closeRound(database.db, workshopId);
		expect(vote(round.id, voter, 'a')).toEqual({ ok: false, code: 'voting_closed' });
		expect(vote(round.id, voter, 'a', -1)).toEqual({ ok: false, code: 'voting_closed' });
	});

	test('go with their votes when the workshop is deleted', () => {
		vote(opened().id, participant(), 'a');
		deleteWorkshop(database.db, workshopId);
		const count = (table: string) => (database.sqlite.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
		expect([count('voting_rounds'), count('votes')]).toEqual([0, 0]);
	});

	test('each round keeps its own votes', () => {
		const first = opened();
		const voter = participant();
		vote(first.id, voter, 'a');
		closeRound(database.db, workshopId);
		const second = opened();
		expect(vote(second.id, voter, 'b')).toMatchObject({ ok: true, votes: { mine: { b: 1 }, remaining: 4 } });
	});
});

describe('the state document\'s voting fields', () => {
	test('show the round\'s rules and no tally until it is revealed', () => {
		const round = opened();
		vote(round.id, participant(), 'a');
		expect(votingFields(database.db, workshopId)).toEqual({
			voting: { round: 1, status: 'open', budget: 5, maxPerTarget: 3, targets: 'clusters' },
			revealed: null,
			revealedRound: null
		});
		closeRound(database.db, workshopId);
		expect(votingFields(database.db, workshopId).revealed).toBeNull();
		revealRound(database.db, workshopId);
		expect(votingFields(database.db, workshopId)).toMatchObject({ revealed: { a: 1 }, revealedRound: 1 });
	});

	test('keep the last revealed round\'s tallies while a new round runs hidden', () => {
		const first = opened();
		const voter = participant();
		vote(first.id, voter, 'a');
		revealRound(database.db, workshopId);
		const second = opened();
		vote(second.id, voter, 'b');
		expect(votingFields(database.db, workshopId)).toMatchObject({
			voting: { round: 2, status: 'open' },
			revealed: { a: 1 },
			revealedRound: 1
		});
	});
});

describe('round results', () => {
	test('follow merges, rank ties together, break down by institution, and fit the export model', () => {
		const doc = new Y.Doc();
		for (const id of ['kita', 'kinderbetreuung', 'sprache', 'wohnen']) value(createCluster(doc, { id, title: id }));
		const round = opened();
		const people = [...Array(3)].map(() => participant('Jobcenter')).concat(participant('IHK'));
		for (const person of people) {
			vote(round.id, person, 'kita');
			vote(round.id, person, 'kinderbetreuung');
			vote(round.id, person, 'sprache');
			vote(round.id, person, 'sprache');
		}
		value(mergeClusters(doc, 'kinderbetreuung', 'kita'));
		revealRound(database.db, workshopId);
		const [revealed] = listRounds(database.db, workshopId);
		const results: VotingRound = roundResults(database.db, revealed!, resultBoard(doc), 3);
		expect(results.voters).toBe(4);
		expect(results.results.map((r) => [r.rank, r.targetId, r.votes])).toEqual([
			[1, 'kita', 8],
			[1, 'sprache', 8],
			[3, 'wohnen', 0]
		]);
		expect(results.breakdown).toEqual([{ institutionType: null, voters: 4, votes: { kita: 8, sprache: 8 } }]);
	});
});
