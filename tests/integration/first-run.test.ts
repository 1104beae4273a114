import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;

beforeAll(async () => {
	server = await startServer();
});

afterAll(async () => {
	await server.stop();
	removeDataDir(server.dataDir);
});

function setupForm(server: RunningServer, token: string, password = 'ein-langes-passwort') {
	return fetch(`${server.url}/setup?token=${token}`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: server.url },
		body: new URLSearchParams({ token, name: 'Erste Moderation', email: 'erste@kommune.example', password }),
		redirect: 'manual'
	});
}

describe('first run', () => {
	it('answers /healthz once the database answers', async () => {
		const res = await api(server, 'GET', '/healthz');
		expect(res.status).toBe(200);
		expect(res.body).toEqual({ status: 'ok' });
	});

	it('prints a one-time setup URL, refuses a wrong token, creates the first account once', async () => {
		expect(server.setupUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/setup\?token=[a-z2-7]{32}$/);
		const token = new URL(server.setupUrl!).searchParams.get('token')!;

		const wrong = await setupForm(server, 'a'.repeat(32));
		expect(wrong.status).toBe(403);

		const withoutOrigin = await fetch(`${server.url}/setup?token=${token}`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
			body: new URLSearchParams({ token, name: 'X', email: 'x@example.org', password: 'ein-langes-passwort' })
		});
		expect(withoutOrigin.status).toBe(403);

		const created = await setupForm(server, token);
		expect(created.status).toBe(303);
		expect(created.headers.get('set-cookie')).toMatch(/pinnwand_session=/);

		const again = await setupForm(server, token);
		expect(again.status).toBe(403);
		const page = await (await fetch(`${server.url}/setup?token=${token}`)).text();
		expect(page).toContain('Die Einrichtung ist abgeschlossen.');

		const login = await api(server, 'POST', '/api/auth/login', {
			body: { email: 'erste@kommune.example', password: 'ein-langes-passwort' }
		});
		expect(login.status).toBe(200);
	});

	it('prints no setup URL after a restart once an account exists', async () => {
		await server.stop();
		server = await startServer({ dataDir: server.dataDir });
		expect(server.setupUrl).toBeNull();
		expect(server.output()).not.toContain('/setup?token=');
	});

	it('answers unknown API routes in JSON', async () => {
		const res = await api(server, 'GET', '/api/nothing/here');
		expect(res.status).toBe(404);
		expect(res.body.error.code).toBe('not_found');
	});
});
