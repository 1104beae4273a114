import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createWorkshop, facilitator, type Facilitator } from '../helpers/api.ts';
import { connect, synced } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let anna: Facilitator;

beforeAll(async () => {
	server = await startServer();
	anna = await facilitator(server, 'Anna');
});

afterAll(async () => {
	await server.stop();
	removeDataDir(server.dataDir);
});

describe('POST /api/auth/login', () => {
	it('returns a token usable as Bearer and sets an HttpOnly, SameSite=Lax session cookie', async () => {
		const res = await api(server, 'POST', '/api/auth/login', { body: { email: anna.email, password: anna.password } });
		expect(res.status).toBe(200);
		expect(res.body.user).toMatchObject({ email: anna.email, name: 'Anna' });
		expect(res.body.user.passwordHash).toBeUndefined();
		const cookie = res.headers.get('set-cookie')!;
		expect(cookie).toMatch(/^pinnwand_session=[a-z2-7]{32};/);
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
		expect((await api(server, 'GET', '/api/workshops', { token: res.body.token })).status).toBe(200);

		const viaCookie = await fetch(`${server.url}/api/workshops`, { headers: { cookie: cookie.split(';')[0]! } });
		expect(viaCookie.status).toBe(200);
	});

	it('answers wrong credentials and unknown accounts alike with 401', async () => {
		const wrong = await api(server, 'POST', '/api/auth/login', { body: { email: anna.email, password: 'falsch-falsch' } });
		const unknown = await api(server, 'POST', '/api/auth/login', { body: { email: 'nobody@example.org', password: 'x' } });
		expect(wrong.status).toBe(401);
		expect(unknown.status).toBe(401);
		expect(wrong.body).toEqual(unknown.body);
		expect(wrong.body.error.code).toBe('wrong_credentials');
	});

	it('answers malformed bodies with 400 and the JSON error body', async () => {
		const noJson = await api(server, 'POST', '/api/auth/login', { raw: 'email=a', headers: { 'content-type': 'application/json' } });
		expect(noJson.status).toBe(400);
		expect(noJson.body.error.code).toBe('invalid_json');
		const missing = await api(server, 'POST', '/api/auth/login', { body: { email: 5 } });
		expect(missing.status).toBe(400);
		expect(missing.body.error).toMatchObject({ code: 'invalid_input' });
	});

	it('limits failures per account: 429 after five, even with the right password', async () => {
		const bernd = await facilitator(server, 'Bernd');
		for (let i = 0; i < 5; i++) {
			const res = await api(server, 'POST', '/api/auth/login', { body: { email: bernd.email, password: `falsch-${i}` } });
			expect(res.status).toBe(401);
		}
		const blocked = await api(server, 'POST', '/api/auth/login', { body: { email: bernd.email, password: bernd.password } });
		expect(blocked.status).toBe(429);
		expect(blocked.body.error.code).toBe('rate_limited');
		expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
		// Another account from the same address is not locked out by Bernd's failures.
		const ok = await api(server, 'POST', '/api/auth/login', { body: { email: anna.email, password: anna.password } });
		expect(ok.status).toBe(200);
	});
});

describe('POST /api/auth/logout', () => {
	it('ends the session', async () => {
		const login = await api(server, 'POST', '/api/auth/login', { body: { email: anna.email, password: anna.password } });
		const token = login.body.token;
		expect((await api(server, 'POST', '/api/auth/logout', { token })).status).toBe(204);
		expect((await api(server, 'GET', '/api/workshops', { token })).status).toBe(401);
		expect((await api(server, 'POST', '/api/auth/logout', { token })).status).toBe(401);
	});
});

describe('logout and open sockets', () => {
	it('closes the sockets the session opened, with the final 4401', async () => {
		const login = await api(server, 'POST', '/api/auth/login', { body: { email: anna.email, password: anna.password } });
		const token = login.body.token as string;
		const workshop = await createWorkshop(server, token);
		const other = await api(server, 'POST', '/api/auth/login', { body: { email: anna.email, password: anna.password } });
		const mine = connect(server, workshop.id, token);
		const stays = connect(server, workshop.id, other.body.token);
		await Promise.all([synced(mine), synced(stays)]);
		expect((await api(server, 'POST', '/api/auth/logout', { token })).status).toBe(204);
		await eventually(() => expect(mine.closes).toEqual([4401]));
		expect(stays.closes).toEqual([]);
		expect(stays.provider.wsconnected).toBe(true);
		mine.destroy();
		stays.destroy();
	});
});

describe('login rate limit per address', () => {
	it('answers 429 after repeated failures from one address, across accounts', async () => {
		// Its own server: the block would otherwise hit the other tests from the same address.
		const own = await startServer();
		try {
			let status = 0;
			let tries = 0;
			while (status !== 429 && tries < 30) {
				tries++;
				const res = await api(own, 'POST', '/api/auth/login', { body: { email: `guess${tries}@example.org`, password: 'x' } });
				status = res.status;
			}
			expect(status).toBe(429);
			expect(tries).toBe(21);
		} finally {
			await own.stop();
			removeDataDir(own.dataDir);
		}
	});
});

describe('session cookie behind https', () => {
	it('is Secure when the public origin is https', async () => {
		const own = await startServer({ env: { ORIGIN: 'https://pinnwand.kreis.example' } });
		try {
			const account = await facilitator(own, 'Secure');
			const res = await api(own, 'POST', '/api/auth/login', { body: { email: account.email, password: account.password } });
			expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
		} finally {
			await own.stop();
			removeDataDir(own.dataDir);
		}
	});

	it('is not Secure over plain http, so a Rathaus laptop without TLS still works', async () => {
		const res = await api(server, 'POST', '/api/auth/login', { body: { email: anna.email, password: anna.password } });
		expect(res.headers.get('set-cookie')).not.toMatch(/Secure/i);
	});
});
