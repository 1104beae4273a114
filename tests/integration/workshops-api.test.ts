import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let anna: Facilitator;
let bernd: Facilitator;

beforeAll(async () => {
	server = await startServer();
	anna = await facilitator(server, 'Anna');
	bernd = await facilitator(server, 'Bernd');
});

afterAll(async () => {
	await server.stop();
	removeDataDir(server.dataDir);
});

describe('POST /api/workshops', () => {
	it('creates a workshop with an unguessable id, a six-character join code and a join URL', async () => {
		const created = await createWorkshop(server, anna.token, { title: 'STARTER Musterstadt', date: '2026-12-03' });
		expect(created.id).toMatch(/^[a-z2-7]{24}$/);
		expect(created.joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
		expect(created.joinUrl).toBe(`${server.url}/j/${created.joinCode}`);

		const read = await api(server, 'GET', `/api/workshops/${created.id}`, { token: anna.token });
		expect(read.status).toBe(200);
		expect(read.body).toMatchObject({ title: 'STARTER Musterstadt', date: '2026-12-03', template: 'starter', status: 'upcoming' });
		expect(read.body.settings.categories).toHaveLength(10);
		expect(read.body.settings.categories).toContain('Kinderbetreuung');
	});

	it('refuses without a session (401), with bad input (400) and with a non-JSON body (400)', async () => {
		expect((await api(server, 'POST', '/api/workshops', { body: { title: 'x' } })).status).toBe(401);

		const empty = await api(server, 'POST', '/api/workshops', { token: anna.token, body: { title: '   ' } });
		expect(empty.status).toBe(400);
		expect(empty.body.error).toMatchObject({ code: 'invalid_input', fields: { title: 'required' } });

		const long = await api(server, 'POST', '/api/workshops', { token: anna.token, body: { title: 'x'.repeat(121) } });
		expect(long.body.error.fields).toEqual({ title: 'too_long' });

		const badDate = await api(server, 'POST', '/api/workshops', {
			token: anna.token,
			body: { title: 'ok', date: '2026-13-45', template: 'nope' }
		});
		expect(badDate.body.error.fields).toEqual({ date: 'invalid', template: 'unknown' });

		const notJson = await api(server, 'POST', '/api/workshops', {
			token: anna.token,
			raw: '{"title":',
			headers: { 'content-type': 'application/json' }
		});
		expect(notJson.status).toBe(400);
		expect(notJson.body.error.code).toBe('invalid_json');
	});

	it('answers an oversized body with 413 and the JSON error body', async () => {
		const huge = await api(server, 'POST', '/api/workshops', { token: anna.token, body: { title: 'x'.repeat(2_000_000) } });
		expect(huge.status).toBe(413);
		expect(huge.body.error.code).toBe('payload_too_large');
	});
});

describe('GET /api/workshops/:id', () => {
	it("never shows a facilitator another facilitator's workshop", async () => {
		const annas = await createWorkshop(server, anna.token);
		const asBernd = await api(server, 'GET', `/api/workshops/${annas.id}`, { token: bernd.token });
		expect(asBernd.status).toBe(403);
		expect(asBernd.body.error.code).toBe('forbidden');
		const list = await api(server, 'GET', '/api/workshops', { token: bernd.token });
		expect(list.body.workshops.map((w: { id: string }) => w.id)).not.toContain(annas.id);
	});

	it('answers 404 for an unknown id and 401 without a session', async () => {
		expect((await api(server, 'GET', '/api/workshops/doesnotexist', { token: anna.token })).status).toBe(404);
		expect((await api(server, 'GET', '/api/workshops/doesnotexist')).status).toBe(401);
	});

	it('lets a participant of the workshop read it, and not one of another workshop', async () => {
		const a = await createWorkshop(server, anna.token);
		const b = await createWorkshop(server, anna.token);
		const participant = await join(server, a.joinCode, { name: 'Savaş', institution: 'Jobcenter' });
		expect((await api(server, 'GET', `/api/workshops/${a.id}`, { token: participant.token })).body.role).toBe('participant');
		expect((await api(server, 'GET', `/api/workshops/${b.id}`, { token: participant.token })).status).toBe(403);
	});
});
