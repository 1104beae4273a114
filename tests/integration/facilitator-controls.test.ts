import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFacilitatorState } from '../../src/lib/board/facilitator-state.ts';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { remainingMs } from '../../src/lib/board/timer.ts';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { addCard, cardIds, connect, processed, storedDoc, synced, type Client } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let anna: Facilitator;
let workshop: { id: string; joinCode: string };
let participant: { token: string };
let viewerToken: string;
let state: Client;
const clients: Client[] = [];

function client(room: string, token: string): Client {
	const created = connect(server, room, token);
	clients.push(created);
	return created;
}

const post = (path: string, body: unknown, token = anna.token) =>
	api(server, 'POST', `/api/workshops/${workshop.id}/${path}`, { token, body });

beforeAll(async () => {
	server = await startServer();
	anna = await facilitator(server, 'Anna');
	workshop = await createWorkshop(server, anna.token);
	participant = await join(server, workshop.joinCode);
	viewerToken = (await post('viewer-link', undefined)).body.token;
	state = client(`${workshop.id}/state`, participant.token);
	await synced(state);
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	removeDataDir(server.dataDir);
});

/** Every control: [path, a valid body, an invalid body]. */
const CONTROLS: [string, unknown, unknown][] = [
	['phase', { phase: 'sammeln' }, { phase: 'pause' }],
	['timer', { action: 'start', durationMs: 60_000 }, { action: 'start', durationMs: -1 }],
	['lock', { locked: false }, { locked: 'ja' }],
	['names', { showNames: false }, {}],
	['spotlight', { spotlight: null }, { spotlight: { kind: 'cluster' } }],
	['silent', { silent: false }, { silent: 1 }]
];

describe('facilitator controls', () => {
	it.each(CONTROLS)('POST …/%s: 401 without a session, 403 for participants and viewers, 400 for a bad body', async (path, good, bad) => {
		expect((await api(server, 'POST', `/api/workshops/${workshop.id}/${path}`, { body: good })).status).toBe(401);
		expect((await post(path, good, participant.token)).status).toBe(403);
		expect((await post(path, good, viewerToken)).status).toBe(403);
		const invalid = await post(path, bad);
		expect(invalid.status).toBe(400);
		expect(invalid.body.error.code).toBe('invalid_input');
		const notJson = await api(server, 'POST', `/api/workshops/${workshop.id}/${path}`, {
			token: anna.token,
			raw: '{',
			headers: { 'content-type': 'application/json' }
		});
		expect(notJson.status).toBe(400);
		expect((await api(server, 'POST', `/api/workshops/abcdefghijklmnopqrstuvwx/${path}`, { token: anna.token, body: good })).status).toBe(404);
	});

	it('answers with the whole state and the server clock', async () => {
		const before = Date.now();
		const res = await post('lock', { locked: false });
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ locked: false, phase: expect.any(String), timer: expect.any(Object) });
		expect(res.body.serverNow).toBeGreaterThanOrEqual(before);
		expect(res.body.serverNow).toBeLessThanOrEqual(Date.now());
	});

	it('GET /api/time tells anyone the server clock, uncached', async () => {
		const before = Date.now();
		const res = await api(server, 'GET', '/api/time');
		expect(res.status).toBe(200);
		expect(res.body.now).toBeGreaterThanOrEqual(before);
		expect(res.headers.get('cache-control')).toBe('no-store');
	});
});

describe('timer', () => {
	it('starts, pauses, gains a minute, resumes and resets against the server clock, for every client', async () => {
		const started = await post('timer', { action: 'start', durationMs: 5 * 60_000 });
		expect(started.status).toBe(200);
		const { timer, serverNow } = started.body;
		expect(timer.running).toBe(true);
		expect(timer.endsAt - serverNow).toBeGreaterThan(5 * 60_000 - 1000);
		expect(timer.endsAt - serverNow).toBeLessThanOrEqual(5 * 60_000);
		await eventually(() => expect(readFacilitatorState(state.doc).timer).toEqual(timer));

		const paused = await post('timer', { action: 'pause' });
		expect(paused.body.timer).toMatchObject({ running: false, endsAt: null });
		const left = paused.body.timer.remainingMs;
		expect(left).toBeLessThanOrEqual(5 * 60_000);
		expect(left).toBeGreaterThan(5 * 60_000 - 5000);

		const added = await post('timer', { action: 'add', ms: 60_000 });
		expect(added.body.timer.remainingMs).toBe(left + 60_000);

		const resumed = await post('timer', { action: 'resume' });
		expect(resumed.body.timer.running).toBe(true);
		expect(remainingMs(resumed.body.timer, resumed.body.serverNow)).toBeLessThanOrEqual(left + 60_000);
		await eventually(() => expect(readFacilitatorState(state.doc).timer.running).toBe(true));

		const reset = await post('timer', { action: 'reset' });
		expect(reset.body.timer).toEqual({ endsAt: null, remainingMs: 0, running: false });
		await eventually(() => expect(readFacilitatorState(state.doc).timer.remainingMs).toBe(0));
	});

	it('refuses unknown actions and durations beyond a day', async () => {
		expect((await post('timer', { action: 'stop' })).body.error.fields).toEqual({ action: 'unknown' });
		expect((await post('timer', { action: 'start', durationMs: 13 * 3_600_000 })).status).toBe(400);
	});
});

describe('lock', () => {
	it("locks the board for a participant's open socket at once; what it sent meanwhile arrives once unlocked", async () => {
		const board = client(workshop.id, participant.token);
		const moderation = client(workshop.id, anna.token);
		await Promise.all([synced(board), synced(moderation)]);
		expect((await post('lock', { locked: true })).body.locked).toBe(true);
		await eventually(() => expect(readFacilitatorState(state.doc).locked).toBe(true));
		addCard(board.doc, 'while-locked', 'gesperrt');
		await processed(board);
		const meanwhile = client(workshop.id, anna.token);
		await synced(meanwhile);
		expect(cardIds(meanwhile.doc)).not.toContain('while-locked');
		expect(moderation.doc.getMap('cards').has('while-locked')).toBe(false);

		// The same socket, no reconnect: the refused card and what follows it reach everyone.
		expect((await post('lock', { locked: false })).body.locked).toBe(false);
		await eventually(() => expect(moderation.doc.getMap('cards').has('while-locked')).toBe(true));
		addCard(board.doc, 'after-unlock', 'wieder offen');
		await eventually(() => {
			expect(moderation.doc.getMap('cards').has('after-unlock')).toBe(true);
			expect(cardIds(storedDoc(server.dataDir, workshop.id))).toEqual(expect.arrayContaining(['while-locked', 'after-unlock']));
		});
		expect(board.closes).toEqual([]);
	});
});

describe('names', () => {
	it('cannot show names in an anonymous workshop', async () => {
		const res = await post('names', { showNames: true });
		expect(res.status).toBe(409);
		expect(res.body.error.code).toBe('anonymous_workshop');
		expect(readFacilitatorState(state.doc).showNames).toBe(false);
	});

	it('shows names where the workshop allows them', async () => {
		const named = await createWorkshop(server, anna.token);
		const patched = await api(server, 'PATCH', `/api/workshops/${named.id}`, {
			token: anna.token,
			body: { title: 'Mit Namen', anonymous: false }
		});
		expect(patched.status).toBe(200);
		const res = await api(server, 'POST', `/api/workshops/${named.id}/names`, { token: anna.token, body: { showNames: true } });
		expect(res.status).toBe(200);
		expect(res.body.showNames).toBe(true);
	});
});

describe('spotlight', () => {
	it('puts a live cluster or the results in the spotlight, and refuses a cluster that is not on the board', async () => {
		const moderation = client(workshop.id, anna.token);
		await synced(moderation);
		const created = createCluster(moderation.doc, { title: 'Kinderbetreuung' });
		if (!created.ok) throw new Error('no cluster');
		await processed(moderation);

		const cluster = await post('spotlight', { spotlight: { kind: 'cluster', id: created.value } });
		expect(cluster.status).toBe(200);
		await eventually(() =>
			expect(readFacilitatorState(state.doc).spotlight).toEqual({ kind: 'cluster', id: created.value })
		);
		expect((await post('spotlight', { spotlight: { kind: 'results' } })).body.spotlight).toEqual({ kind: 'results' });
		const missing = await post('spotlight', { spotlight: { kind: 'cluster', id: 'nosuchcluster' } });
		expect(missing.status).toBe(409);
		expect(missing.body.error.code).toBe('cluster_not_found');
		expect((await post('spotlight', { spotlight: null })).body.spotlight).toBeNull();
		await eventually(() => expect(readFacilitatorState(state.doc).spotlight).toBeNull());
	});
});

describe('phase and silent', () => {
	it('reach every connected client', async () => {
		expect((await post('phase', { phase: 'sammeln' })).body.phase).toBe('sammeln');
		expect((await post('silent', { silent: true })).body.silent).toBe(true);
		await eventually(() => expect(readFacilitatorState(state.doc)).toMatchObject({ phase: 'sammeln', silent: true }));
		expect((await post('silent', { silent: false })).body.silent).toBe(false);
		await eventually(() => expect(readFacilitatorState(state.doc).silent).toBe(false));
	});
});
