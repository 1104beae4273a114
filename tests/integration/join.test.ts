import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createWorkshop, facilitator } from '../helpers/api.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let token: string;

beforeAll(async () => {
	server = await startServer();
	token = (await facilitator(server)).token;
});

afterAll(async () => {
	await server.stop();
	removeDataDir(server.dataDir);
});

describe('POST /api/join', () => {
	it('joins without an account, a name optional, and scopes the session to that workshop', async () => {
		const w = await createWorkshop(server, token);
		const res = await api(server, 'POST', '/api/join', { body: { code: w.joinCode.toLowerCase() } });
		expect(res.status).toBe(201);
		expect(res.body).toMatchObject({ workshopId: w.id, participantId: expect.any(String), token: expect.any(String) });
		const me = await api(server, 'GET', `/api/workshops/${w.id}`, { token: res.body.token });
		expect(me.body.role).toBe('participant');
		expect((await api(server, 'GET', '/api/workshops', { token: res.body.token })).status).toBe(403);
	});

	it('keeps the identity when the same browser joins again', async () => {
		const w = await createWorkshop(server, token);
		const first = await api(server, 'POST', '/api/join', { body: { code: w.joinCode, name: 'Kübra' } });
		const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
		const again = await api(server, 'POST', '/api/join', { body: { code: w.joinCode }, headers: { cookie } });
		expect(again.status).toBe(200);
		expect(again.body.participantId).toBe(first.body.participantId);
	});

	it('answers bad bodies with 400', async () => {
		const res = await api(server, 'POST', '/api/join', { body: { code: 42 } });
		expect(res.status).toBe(400);
		expect(res.body.error.code).toBe('invalid_input');
	});

	it('answers 404 for unknown and ended workshops and 429 when codes are guessed', async () => {
		const w = await createWorkshop(server, token);
		const ended = await api(server, 'POST', `/api/workshops/${w.id}/end`, { token });
		expect(ended.body.status).toBe('ended');
		expect((await api(server, 'POST', '/api/join', { body: { code: w.joinCode } })).status).toBe(404);
		let status = 0;
		let tries = 0;
		while (status !== 429 && tries < 20) {
			tries++;
			status = (await api(server, 'POST', '/api/join', { body: { code: `ZZZZZ${tries % 10}` } })).status;
			if (status !== 429) expect(status).toBe(404);
		}
		expect(status).toBe(429);
		expect(tries).toBe(10);
	});
});

describe('GET /j/:code', () => {
	it('counts unknown codes against the address like the API does', async () => {
		const own = await startServer();
		try {
			for (let i = 0; i < 10; i++) {
				const page = await fetch(`${own.url}/j/QQQQQ${i}`);
				expect(await page.text()).toContain('Zu diesem Code gibt es keinen offenen Workshop.');
			}
			const blocked = await fetch(`${own.url}/j/QQQQQQ`);
			expect(await blocked.text()).toContain('Zu viele falsche Codes.');
			expect((await api(own, 'POST', '/api/join', { body: { code: 'QQQQQQ' } })).status).toBe(429);
		} finally {
			await own.stop();
			removeDataDir(own.dataDir);
		}
	});
});
