import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, moveCard } from '../../src/lib/board/cards.ts';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { cardsOf, listClusters } from '../../src/lib/board/selectors.ts';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { connect, processed, synced, type Client } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';
import { WORKSHOP_CARDS } from '../helpers/workshop-cards.ts';

let server: RunningServer;
let anna: Facilitator;
let workshop: { id: string; joinCode: string };
let participant: { token: string };
let moderation: Client;

interface View {
	title: string;
	cards: { id: string; text: string; category: string }[];
	score: number;
	targetClusterId?: string;
}

const path = (rest: string) => `/api/workshops/${workshop.id}/${rest}`;
const suggestions = async (token = anna.token) => api<{ suggestions: View[] }>(server, 'GET', path('suggestions'), { token });
const accept = (body: unknown, token = anna.token) => api(server, 'POST', path('suggestions/accept'), { token, body });
const groupWith = (views: View[], id: string) => views.find((view) => view.cards.some((card) => card.id === id));

beforeAll(async () => {
	// No network but the loopback: the server computes everything itself.
	server = await startServer();
	anna = await facilitator(server, 'Anna');
	workshop = await createWorkshop(server, anna.token);
	participant = await join(server, workshop.joinCode);
	moderation = connect(server, workshop.id, anna.token);
	await synced(moderation);
	moderation.doc.transact(() => {
		for (const card of WORKSHOP_CARDS) addCard(moderation.doc, { ...card, authorKey: 'fixture' });
	});
	await processed(moderation);
});

afterAll(async () => {
	moderation.destroy();
	await server.stop();
	removeDataDir(server.dataDir);
});

describe('GET /api/workshops/:id/suggestions', () => {
	it('is for facilitators only', async () => {
		expect((await api(server, 'GET', path('suggestions'))).status).toBe(401);
		expect((await suggestions(participant.token)).status).toBe(403);
	});

	it('groups the unsorted cards of the live board sensibly, with their texts', async () => {
		const res = await suggestions();
		expect(res.status).toBe(200);
		const views = res.body.suggestions;
		const childcare = groupWith(views, 'k2')!;
		expect(childcare.title).toBe('Kinderbetreuung');
		expect(childcare.cards.map((c) => c.id)).toEqual(expect.arrayContaining(['k1', 'k2', 'k4']));
		expect(childcare.cards.find((c) => c.id === 'k2')).toEqual(WORKSHOP_CARDS.find((c) => c.id === 'k2'));
		const language = groupWith(views, 's3')!;
		expect(language.cards.map((c) => c.id)).toEqual(expect.arrayContaining(['s1', 's2', 's3']));
		expect(language).not.toBe(childcare);
	});
});

describe('POST /api/workshops/:id/suggestions/accept', () => {
	it('creates the cluster and moves the cards in one change every client sees', async () => {
		const childcare = groupWith((await suggestions()).body.suggestions, 'k2')!;
		const cardIds = childcare.cards.map((c) => c.id);
		expect((await accept({ title: childcare.title, cardIds }, participant.token)).status).toBe(403);
		const res = await accept({ title: childcare.title, cardIds });
		expect(res.status).toBe(200);
		expect(res.body.moved).toEqual(cardIds);
		expect(res.body.skipped).toEqual([]);
		await eventually(() => {
			const cluster = listClusters(moderation.doc).find((c) => c.id === res.body.clusterId);
			expect(cluster?.title).toBe('Kinderbetreuung');
			expect(cardsOf(moderation.doc, res.body.clusterId).map((c) => c.id)).toEqual(cardIds);
		});
		// Accepted cards are sorted now: the next suggestions leave them out.
		const next = (await suggestions()).body.suggestions;
		expect(next.flatMap((view) => view.cards.map((c) => c.id))).not.toContain('k2');
	});

	it('skips cards sorted meanwhile, and refuses a suggestion with none left', async () => {
		const stale = await accept({ title: 'Kinderbetreuung', cardIds: ['k1', 'k2'] });
		expect(stale.status).toBe(409);
		expect(stale.body.error.code).toBe('stale_suggestion');

		const language = groupWith((await suggestions()).body.suggestions, 's3')!;
		const ids = language.cards.map((c) => c.id);
		const other = createCluster(moderation.doc, { title: 'Schon sortiert' });
		if (!other.ok) throw new Error('no cluster');
		moveCard(moderation.doc, ids[0]!, { clusterId: other.value });
		await processed(moderation);
		const res = await accept({ title: language.title, cardIds: [...ids, 'no-such-card'] });
		expect(res.status).toBe(200);
		expect(res.body.skipped).toEqual([ids[0], 'no-such-card']);
		expect(res.body.moved).toEqual(ids.slice(1));
	});

	it('moves cards into an existing cluster, and refuses one that is gone', async () => {
		const target = createCluster(moderation.doc, { title: 'Wohnen' });
		if (!target.ok) throw new Error('no cluster');
		await processed(moderation);
		const res = await accept({ title: 'Wohnen', cardIds: ['w1', 'w2'], targetClusterId: target.value });
		expect(res.status).toBe(200);
		expect(res.body.clusterId).toBe(target.value);
		await eventually(() => expect(cardsOf(moderation.doc, target.value).map((c) => c.id)).toEqual(['w1', 'w2']));
		const gone = await accept({ title: 'Weg', cardIds: ['w3'], targetClusterId: 'no-such-cluster' });
		expect(gone.status).toBe(409);
		expect(gone.body.error.code).toBe('cluster_not_found');
		expect(cardsOf(moderation.doc, null).map((c) => c.id)).toContain('w3');
	});

	it('refuses bad input', async () => {
		expect((await accept({ title: '', cardIds: ['w3'] })).body.error.fields).toEqual({ title: 'required' });
		expect((await accept({ title: 'Leer', cardIds: [] })).body.error.fields).toEqual({ cardIds: 'required' });
		expect((await accept({ title: 'x'.repeat(121), cardIds: ['w3'] })).status).toBe(400);
	});
});
