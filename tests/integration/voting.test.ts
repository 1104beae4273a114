import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard } from '../../src/lib/board/cards.ts';
import { createCluster, deleteCluster, mergeClusters } from '../../src/lib/board/clusters.ts';
import { readFacilitatorState } from '../../src/lib/board/facilitator-state.ts';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { value } from '../helpers/board.ts';
import { connect, processed, synced, type Client } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let anna: Facilitator;
let workshop: { id: string; joinCode: string };
let board: Client;
const people: { token: string }[] = [];
const clients: Client[] = [];
const CLUSTERS = ['kita', 'sprache', 'wohnen', 'praktikum', 'behoerden'];

function client(room: string, token: string): Client {
	const created = connect(server, room, token);
	clients.push(created);
	return created;
}

const voting = (body: unknown, token = anna.token) =>
	api(server, 'POST', `/api/workshops/${workshop.id}/voting`, { token, body });
const vote = (token: string, targetId: string, delta = 1) =>
	api(server, 'POST', `/api/workshops/${workshop.id}/votes`, { token, body: { targetId, delta } });
/** Every object anywhere in `json` that maps a target id to a number: what a tally would look like. */
function tallyLike(json: unknown): unknown[] {
	if (Array.isArray(json)) return json.flatMap(tallyLike);
	if (json === null || typeof json !== 'object') return [];
	const own = Object.entries(json).some(([key, v]) => typeof v === 'number' && [...CLUSTERS, 'lose-karte'].includes(key));
	return [...(own ? [json] : []), ...Object.values(json).flatMap(tallyLike)];
}

const get = (path: string, token: string) => api(server, 'GET', `/api/workshops/${workshop.id}${path}`, { token });

beforeAll(async () => {
	server = await startServer();
	anna = await facilitator(server, 'Anna');
	workshop = await createWorkshop(server, anna.token);
	const institutions = ['Jobcenter', 'Jobcenter', 'Jobcenter', 'IHK', 'Ehrenamt'];
	for (const institution of institutions) people.push(await join(server, workshop.joinCode, { institution }));
	board = client(workshop.id, anna.token);
	await synced(board);
	for (const id of CLUSTERS) value(createCluster(board.doc, { id, title: `Thema ${id}` }));
	value(addCard(board.doc, { id: 'lose-karte', text: 'Wer zahlt die Fahrkarte?', category: 'Sonstiges', authorKey: 'k' }));
	await processed(board);
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	removeDataDir(server.dataDir);
});

describe('opening, closing and revealing rounds', () => {
	it('refuses votes while no round is open', async () => {
		expect(await vote(people[0]!.token, 'kita')).toMatchObject({ status: 409, body: { error: { code: 'voting_closed' } } });
	});

	it('is for the facilitator only, checks its numbers, and allows one open round', async () => {
		expect((await voting({ action: 'open' }, people[0]!.token)).status).toBe(403);
		expect((await voting({ action: 'open', budget: 0 })).status).toBe(400);
		expect((await voting({ action: 'open', budget: 2, maxPerTarget: 3 })).status).toBe(400);
		expect((await voting({ action: 'dance' })).status).toBe(400);
		expect((await voting({ action: 'close' })).body).toMatchObject({ error: { code: 'voting_closed' } });
		const opened = await voting({ action: 'open' });
		expect(opened).toMatchObject({
			status: 201,
			body: { round: { number: 1, status: 'open', budget: 5, maxPerTarget: 3, targets: 'clusters' } }
		});
		expect(await voting({ action: 'open' })).toMatchObject({ status: 409, body: { error: { code: 'round_open' } } });
	});

	it('shows the round in the state document everyone reads', async () => {
		const state = client(`${workshop.id}/state`, people[1]!.token);
		await eventually(() => expect(readFacilitatorState(state.doc).voting).toMatchObject({ round: 1, status: 'open' }));
	});
});

describe('giving Punkte', () => {
	it('is for participants: the facilitator does not vote', async () => {
		expect((await vote(anna.token, 'kita')).status).toBe(403);
	});

	it('spends exactly the budget under 50 parallel requests, never more', async () => {
		const { token } = people[0]!;
		const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => vote(token, CLUSTERS[i % 3]!)));
		const given = answers.filter((a) => a.status === 200);
		expect(given).toHaveLength(5);
		const refused = answers.filter((a) => a.status !== 200);
		for (const answer of refused) {
			expect(answer.status).toBe(409);
			expect(['budget_exhausted', 'target_max']).toContain(answer.body.error.code);
		}
		expect(refused.filter((a) => a.body.error.code === 'budget_exhausted').length).toBeGreaterThan(0);
		const mine = await get('/votes/mine', token);
		expect(Object.values(mine.body.mine as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(5);
		expect(mine.body.remaining).toBe(0);
		expect(Math.max(...Object.values(mine.body.mine as Record<string, number>))).toBeLessThanOrEqual(3);
	});

	it('stops at the maximum per Thema under parallel requests', async () => {
		const { token } = people[1]!;
		const answers = await Promise.all(Array.from({ length: 50 }, () => vote(token, 'sprache')));
		expect(answers.filter((a) => a.status === 200)).toHaveLength(3);
		expect(answers.filter((a) => a.body?.error?.code === 'target_max')).toHaveLength(47);
	});

	it('answers with the own Punkte and what is left, and takes a Punkt back, never below zero', async () => {
		const { token } = people[2]!;
		expect(await vote(token, 'kita')).toMatchObject({ status: 200, body: { mine: { kita: 1 }, remaining: 4 } });
		expect(await vote(token, 'kita', -1)).toMatchObject({ status: 200, body: { mine: {}, remaining: 5 } });
		expect(await vote(token, 'kita', -1)).toMatchObject({ status: 409, body: { error: { code: 'no_vote' } } });
		expect((await vote(token, 'kita', 2)).status).toBe(400);
	});

	it('refuses unknown, foreign and deleted targets, and cards in a round on clusters', async () => {
		const other = await createWorkshop(server, anna.token);
		const otherBoard = client(other.id, anna.token);
		await synced(otherBoard);
		value(createCluster(otherBoard.doc, { id: 'fremdes-thema', title: 'Fremd' }));
		await processed(otherBoard);
		value(createCluster(board.doc, { id: 'geloescht', title: 'Weg' }));
		value(deleteCluster(board.doc, 'geloescht'));
		await processed(board);
		const { token } = people[2]!;
		for (const id of ['gibt-es-nicht', 'fremdes-thema', 'geloescht']) {
			expect(await vote(token, id)).toMatchObject({ status: 404, body: { error: { code: 'target_not_found' } } });
		}
		expect(await vote(token, 'lose-karte')).toMatchObject({ status: 400, body: { error: { code: 'invalid_target' } } });
	});

	it('keeps each participant\'s own votes across a reload, and shows nobody else\'s', async () => {
		const { token } = people[3]!;
		await vote(token, 'wohnen');
		await vote(token, 'wohnen');
		expect((await get('/votes/mine', token)).body).toMatchObject({
			round: { number: 1 },
			mine: { wohnen: 2 },
			remaining: 3
		});
		expect((await get('/votes/mine', people[4]!.token)).body).toMatchObject({ mine: {}, remaining: 5 });
	});
});

describe('hidden until reveal', () => {
	it('no participant learns a tally from the API', async () => {
		const { token } = people[4]!;
		expect(await get('/results', token)).toMatchObject({ status: 403, body: { error: { code: 'not_revealed' } } });
		expect((await get('/results?peek=1', token)).status).toBe(403);
		expect((await get('/voting/progress', token)).status).toBe(403);
	});

	it('no participant learns a tally from the board document, the state document or awareness', async () => {
		const { token } = people[4]!;
		const boardDoc = client(workshop.id, token);
		const stateDoc = client(`${workshop.id}/state`, token);
		boardDoc.provider.awareness.setLocalStateField('user', { institution: 'Ehrenamt' });
		await Promise.all([synced(boardDoc), synced(stateDoc)]);
		await processed(boardDoc);
		await eventually(() => expect(boardDoc.provider.awareness.getStates().size).toBeGreaterThanOrEqual(1));
		expect(readFacilitatorState(stateDoc.doc)).toMatchObject({ revealed: null, revealedRound: null });
		expect([...stateDoc.doc.share.keys()]).toEqual(['state']);
		expect(Object.keys(stateDoc.doc.getMap('state').get('voting') as object).sort()).toEqual(
			['budget', 'maxPerTarget', 'round', 'status', 'targets']
		);
		const everything = [
			JSON.stringify(boardDoc.doc.toJSON()),
			JSON.stringify(stateDoc.doc.toJSON()),
			JSON.stringify([...boardDoc.provider.awareness.getStates().values()]),
			JSON.stringify([...stateDoc.provider.awareness.getStates().values()])
		].join('\n');
		expect(everything).not.toMatch(/vote|tall|punkt/i);
		expect(tallyLike(JSON.parse(`[${everything.split('\n').join(',')}]`))).toEqual([]);
		for (const root of boardDoc.doc.share.keys()) expect(['cards', 'clusters', 'actions', 'meta']).toContain(root);
	});

	it('the facilitator sees progress and may peek on their own screen', async () => {
		const progress = await get('/voting/progress', anna.token);
		expect(progress.body).toMatchObject({ round: { number: 1 }, participants: 5, voters: 3, spent: 10, remaining: 15 });
		expect((await get('/results', anna.token)).body).toEqual({ rounds: [] });
		const peek = await get('/results?peek=1', anna.token);
		const tallies = Object.fromEntries(
			(peek.body.rounds[0].results as { targetId: string; votes: number }[]).map((r) => [r.targetId, r.votes])
		);
		expect(Object.values(tallies).reduce((a, b) => a + b, 0)).toBe(10);
		expect(tallies.sprache).toBeGreaterThanOrEqual(3);
	});
});

describe('after the reveal', () => {
	it('puts the tallies into the state document and opens the results to everyone', async () => {
		const state = client(`${workshop.id}/state`, people[4]!.token);
		await synced(state);
		expect((await voting({ action: 'reveal' })).body).toMatchObject({ round: { status: 'revealed' } });
		await eventually(() =>
			expect(readFacilitatorState(state.doc)).toMatchObject({ voting: { status: 'revealed' }, revealedRound: 1 })
		);
		const revealed = readFacilitatorState(state.doc).revealed!;
		expect(Object.values(revealed).reduce((a, b) => a + b, 0)).toBe(10);
		expect(tallyLike(state.doc.toJSON())).toEqual([revealed]);
		expect(await vote(people[4]!.token, 'kita')).toMatchObject({ status: 409, body: { error: { code: 'voting_closed' } } });
		const results = await get('/results', people[4]!.token);
		expect(results.status).toBe(200);
		const [round] = results.body.rounds;
		expect(round).toMatchObject({ number: 1, status: 'revealed', voters: 3 });
		expect(round.results[0]).toMatchObject({ rank: 1, kind: 'cluster', title: expect.any(String), cards: [] });
		expect(round.results.map((r: { votes: number }) => r.votes)).toEqual(
			[...round.results.map((r: { votes: number }) => r.votes)].sort((a: number, b: number) => b - a)
		);
		expect(round.breakdown).toEqual([
			{ institutionType: null, voters: 3, votes: expect.any(Object) }
		]);
		expect((await get('/results', anna.token)).body.rounds).toHaveLength(1);
	});

	it('moves the Punkte of a merged cluster to the cluster it was merged into', async () => {
		const before = await get('/results', people[0]!.token);
		const votesOf = (body: any, id: string) =>
			body.rounds[0].results.find((r: { targetId: string }) => r.targetId === id)?.votes;
		const sum = votesOf(before.body, 'wohnen') + votesOf(before.body, 'kita');
		value(mergeClusters(board.doc, 'wohnen', 'kita'));
		await processed(board);
		const after = await get('/results', people[0]!.token);
		expect(votesOf(after.body, 'kita')).toBe(sum);
		expect(votesOf(after.body, 'wohnen')).toBeUndefined();
	});

	it('keeps each round\'s results; a new round on cards stays hidden while the old one shows', async () => {
		expect(await voting({ action: 'open', budget: 3, maxPerTarget: 1, targets: 'clusters_and_cards' })).toMatchObject({
			status: 201,
			body: { round: { number: 2, targets: 'clusters_and_cards' } }
		});
		const { token } = people[4]!;
		expect(await vote(token, 'lose-karte')).toMatchObject({ status: 200, body: { mine: { 'lose-karte': 1 }, remaining: 2 } });
		expect(await vote(token, 'lose-karte')).toMatchObject({ status: 409, body: { error: { code: 'target_max' } } });
		expect((await get('/votes/mine', people[0]!.token)).body).toMatchObject({ round: { number: 2 }, mine: {}, remaining: 3 });
		const results = await get('/results', token);
		expect(results.body.rounds.map((r: { number: number }) => r.number)).toEqual([1]);
		const peek = await get('/results?peek=1', anna.token);
		expect(peek.body.rounds[1].results[0]).toMatchObject({ rank: 1, targetId: 'lose-karte', kind: 'card', votes: 1 });
	});
});
