import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createWorkshop, runCli } from '../helpers/api.ts';
import { startTestProvider, type TestAccount, type TestProvider } from '../helpers/oidc-provider.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';
import { newBrowser, signInAtProvider, ssoSignIn, visit, visitCallback, type SsoBrowser } from '../helpers/sso.ts';

const CREATORS = 'pinnwand-moderation';

/** The provider's users; a test may change one, as the Kommune's IT would. */
const ACCOUNTS: Record<string, TestAccount> = {
	anna: { email: 'anna.amt@kreis.example', email_verified: true, name: 'Anna Amt', groups: [CREATORS, 'alle'] },
	bernd: { email: 'bernd@kreis.example', email_verified: true, name: 'Bernd Beispiel', groups: ['alle'] },
	carla: { email: 'carla@kreis.example', email_verified: false, name: 'Carla', groups: [CREATORS] },
	dora: { email: 'dora@kreis.example', email_verified: true, name: 'Dora', groups: [CREATORS] },
	ohne: { name: 'Ohne Adresse', groups: [CREATORS] },
	emil: { email: 'emil@kreis.example', email_verified: true, name: 'Emil', groups: [CREATORS] }
};

let provider: TestProvider;
let app: RunningServer;
let ssoOnly: RunningServer;

beforeAll(async () => {
	provider = await startTestProvider(ACCOUNTS);
	[app, ssoOnly] = await Promise.all([
		startServer({ env: { ...provider.env, OIDC_CREATOR_GROUP: CREATORS } }),
		startServer({ env: { ...provider.env, AUTH_PASSWORDS: 'off' } })
	]);
	provider.register([app.url, ssoOnly.url]);
});

afterAll(async () => {
	for (const server of [app, ssoOnly]) {
		if (!server) continue;
		await server.stop();
		removeDataDir(server.dataDir);
	}
	await provider?.close();
});

/** The pending sign-in cookie as the app wrote it, for tampering. */
function pendingOf(browser: SsoBrowser): Record<string, string> {
	return JSON.parse(decodeURIComponent(browser.app.get('pinnwand_oidc')!));
}

async function expectRefused(browser: SsoBrowser, callback: URL, message: RegExp) {
	const answer = await visitCallback(browser, callback);
	expect(answer.status).toBe(400);
	expect(answer.body).toMatch(message);
	expect(answer.token).toBeNull();
	// The pending sign-in is spent: the same answer cannot be tried again with it.
	expect(browser.app.get('pinnwand_oidc')).toBeUndefined();
}

describe('single sign-on', () => {
	it('creates the account at the first sign-in, with one of our sessions that the API accepts', async () => {
		const browser = newBrowser();
		const callback = await signInAtProvider(app, browser, 'anna');
		const answer = await visitCallback(browser, callback);
		expect(answer).toMatchObject({ status: 303, location: '/' });
		expect(answer.token).toMatch(/^[a-z2-7]{32}$/);
		const workshop = await createWorkshop(app, answer.token!);
		const list = await api(app, 'GET', '/api/workshops', { token: answer.token! });
		expect(list.body.workshops.map((w: { id: string }) => w.id)).toEqual([workshop.id]);
		expect(app.messages()).toContain('Single sign-on: account created at first sign-in');
	});

	it('finds the same account at the next sign-in', async () => {
		const token = await ssoSignIn(app, 'anna');
		const list = await api(app, 'GET', '/api/workshops', { token });
		expect(list.body.workshops).toHaveLength(1);
		expect(app.messages().filter((m) => m === 'Single sign-on: account created at first sign-in')).toHaveLength(1);
	});

	it('signs in a user outside the creator group who then may not create workshops but may co-facilitate', async () => {
		const token = await ssoSignIn(app, 'bernd');
		const refused = await api(app, 'POST', '/api/workshops', { token, body: { title: 'Nicht erlaubt' } });
		expect(refused.status).toBe(403);
		expect(refused.body.error.code).toBe('may_not_create');
		const dashboard = await fetch(`${app.url}/`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.text());
		expect(dashboard).not.toContain('href="/workshops/new"');
		const form = await fetch(`${app.url}/workshops/new`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.text());
		expect(form).toContain('Ihr Konto darf keine Workshops anlegen');
		expect(form).not.toContain('name="title"');

		const anna = await ssoSignIn(app, 'anna');
		const workshop = await createWorkshop(app, anna);
		const invited = await fetch(`${app.url}/w/${workshop.id}/settings?/addFacilitator`, {
			method: 'POST',
			body: new URLSearchParams({ email: 'bernd@kreis.example' }),
			headers: { authorization: `Bearer ${anna}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: app.url }
		});
		expect(invited.status).toBe(200);
		expect((await api(app, 'GET', `/api/workshops/${workshop.id}`, { token })).status).toBe(200);
	});

	it('refuses a tampered state with 400, a German message and no session', async () => {
		const browser = newBrowser();
		const callback = await signInAtProvider(app, browser, 'anna');
		callback.searchParams.set('state', 'fremder-state-aus-einem-anderen-browser');
		await expectRefused(browser, callback, /Die Anmeldung ließ sich nicht bestätigen/);
	});

	it('refuses an answer whose nonce does not match the one this browser sent', async () => {
		const browser = newBrowser();
		const callback = await signInAtProvider(app, browser, 'anna');
		const pending = pendingOf(browser);
		browser.app.set('pinnwand_oidc', encodeURIComponent(JSON.stringify({ ...pending, nonce: 'x'.repeat(43) })));
		await expectRefused(browser, callback, /nicht bestätigen/);
	});

	it('refuses an answer redeemed with another PKCE verifier', async () => {
		const browser = newBrowser();
		const callback = await signInAtProvider(app, browser, 'anna');
		const pending = pendingOf(browser);
		browser.app.set('pinnwand_oidc', encodeURIComponent(JSON.stringify({ ...pending, codeVerifier: 'y'.repeat(43) })));
		await expectRefused(browser, callback, /nicht bestätigen/);
	});

	it('refuses a replayed answer and an answer without a pending sign-in', async () => {
		const browser = newBrowser();
		const callback = await signInAtProvider(app, browser, 'anna');
		const pendingCookie = browser.app.get('pinnwand_oidc')!;
		expect((await visitCallback(browser, callback)).status).toBe(303);
		const replay = newBrowser();
		replay.app.set('pinnwand_oidc', pendingCookie);
		await expectRefused(replay, callback, /nicht bestätigen/);
		await expectRefused(newBrowser(), callback, /nicht bestätigen/);
	});

	it('links a password account only when the provider verifies that the address is the user\'s', async () => {
		for (const email of ['carla@kreis.example', 'dora@kreis.example']) {
			const added = await runCli(app.dataDir, ['user', 'add', '--email', email, '--name', 'Mit Passwort', '--password-stdin'], 'ein-langes-passwort');
			expect(added.code).toBe(0);
		}
		const browser = newBrowser();
		await expectRefused(browser, await signInAtProvider(app, browser, 'carla'), /deshalb werden die Konten nicht verbunden/);

		const login = await api(app, 'POST', '/api/auth/login', { body: { email: 'dora@kreis.example', password: 'ein-langes-passwort' } });
		const workshop = await createWorkshop(app, login.body.token);
		const token = await ssoSignIn(app, 'dora');
		const list = await api(app, 'GET', '/api/workshops', { token });
		expect(list.body.workshops.map((w: { id: string }) => w.id)).toEqual([workshop.id]);
	});

	it('refuses a provider user without an e-mail address', async () => {
		const browser = newBrowser();
		await expectRefused(browser, await signInAtProvider(app, browser, 'ohne'), /keine E-Mail-Adresse/);
	});

	it('takes a new address from the provider when it is verified and no other account has it', async () => {
		const emailOf = (login: string) => {
			const sqlite = new Database(path.join(app.dataDir, 'pinnwand.sqlite'), { readonly: true });
			try {
				return (sqlite.prepare('select email from users where name = ?').get(login) as { email: string }).email;
			} finally {
				sqlite.close();
			}
		};
		const signInWith = async (change: Partial<TestAccount>) => {
			Object.assign(ACCOUNTS.emil!, change);
			await ssoSignIn(app, 'emil');
			return emailOf('Emil');
		};
		expect(await signInWith({})).toBe('emil@kreis.example');
		expect(await signInWith({ email: 'emil.neu@kreis.example' })).toBe('emil.neu@kreis.example');
		expect(await signInWith({ email: 'anna.amt@kreis.example' }), 'another account has it').toBe('emil.neu@kreis.example');
		expect(await signInWith({ email: 'emil.x@kreis.example', email_verified: false }), 'not verified').toBe('emil.neu@kreis.example');
	});

	it('ends the session at logout: the API answers 401 afterwards', async () => {
		const token = await ssoSignIn(app, 'anna');
		expect((await api(app, 'GET', '/api/workshops', { token })).status).toBe(200);
		expect((await api(app, 'POST', '/api/auth/logout', { token })).status).toBe(204);
		expect((await api(app, 'GET', '/api/workshops', { token })).status).toBe(401);
	});

	it('ends the provider\'s session too when signing out on the page, so the next sign-in asks for the password', async () => {
		const browser = newBrowser();
		await ssoSignIn(app, 'dora', browser);
		expect(browser.prompts).toEqual(['login', 'consent']);
		// Still signed in at the provider: a second sign-in asks for nothing.
		const token = await ssoSignIn(app, 'dora', browser);
		expect(browser.prompts).toEqual(['login', 'consent']);

		const form = { method: 'POST', body: '', headers: { origin: app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' } };
		const logout = await visit(browser.app, new URL('/logout', app.url), form);
		expect([logout.status, logout.headers.get('location')]).toEqual([303, '/logout/provider']);
		expect((await api(app, 'GET', '/api/workshops', { token })).status).toBe(401);
		const onward = await visit(browser.app, new URL('/logout/provider', app.url));
		expect(onward.status).toBe(200);
		const endSession = new URL(/http-equiv="refresh" content="0; url=([^"]+)"/.exec(await onward.text())![1]!.replaceAll('&amp;', '&'));
		expect(endSession.origin).toBe(provider.issuer);
		expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${app.url}/login`);
		expect(endSession.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
		// The ID token travels once: the page is empty on a second visit.
		expect((await visit(browser.app, new URL('/logout/provider', app.url))).headers.get('location')).toBe('/login');

		// The provider asks to confirm, then sends the browser back to the login page.
		const confirm = await visit(browser.provider, endSession);
		const html = await confirm.text();
		const action = new URL(/<form[^>]*action="([^"]+)"/.exec(html)![1]!, endSession);
		const fields = Object.fromEntries([...html.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
		let answer = await visit(browser.provider, action, { method: 'POST', body: new URLSearchParams({ ...fields, logout: 'yes' }), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
		while (answer.status >= 300 && answer.status < 400 && new URL(answer.headers.get('location')!, action).origin === provider.issuer) {
			answer = await visit(browser.provider, new URL(answer.headers.get('location')!, action));
		}
		expect(answer.headers.get('location')).toBe(`${app.url}/login`);

		await ssoSignIn(app, 'dora', browser);
		expect(browser.prompts.slice(2), 'the provider asks again').toContain('login');
	});

	it('signs a password account out without sending it to the provider', async () => {
		const password = 'ein-langes-passwort';
		expect((await runCli(app.dataDir, ['user', 'add', '--email', 'erika@kreis.example', '--name', 'Erika', '--password-stdin'], password)).code).toBe(0);
		const { token } = (await api(app, 'POST', '/api/auth/login', { body: { email: 'erika@kreis.example', password } })).body;
		const logout = await fetch(`${app.url}/logout`, {
			method: 'POST',
			redirect: 'manual',
			headers: { authorization: `Bearer ${token}`, origin: app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }
		});
		expect([logout.status, logout.headers.get('location')]).toEqual([303, '/login']);
		expect(logout.headers.get('set-cookie') ?? '').not.toContain('pinnwand_oidc_logout');
		expect((await api(app, 'GET', '/api/workshops', { token })).status).toBe(401);
		const nothingPending = await visit(newBrowser().app, new URL('/logout/provider', app.url));
		expect([nothingPending.status, nothingPending.headers.get('location')]).toEqual([303, '/login']);
	});
});

describe('AUTH_PASSWORDS=off', () => {
	it('refuses password sign-in on the API and the form, and offers only the SSO button', async () => {
		const added = await runCli(ssoOnly.dataDir, ['user', 'add', '--email', 'notfall@kreis.example', '--name', 'Notfall', '--password-stdin'], 'ein-langes-passwort');
		expect(added.code).toBe(0);
		const login = await api(ssoOnly, 'POST', '/api/auth/login', { body: { email: 'notfall@kreis.example', password: 'ein-langes-passwort' } });
		expect(login.status).toBe(403);
		expect(login.body.error.code).toBe('passwords_off');

		const form = await fetch(`${ssoOnly.url}/login`, {
			method: 'POST',
			body: new URLSearchParams({ email: 'notfall@kreis.example', password: 'ein-langes-passwort' }),
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: ssoOnly.url },
			redirect: 'manual'
		});
		expect(form.status).toBe(403);
		expect(await form.text()).toContain('Die Anmeldung mit Passwort ist abgeschaltet');
		expect(form.headers.getSetCookie().join()).not.toContain('pinnwand_session');

		const page = await fetch(`${ssoOnly.url}/login`).then((r) => r.text());
		expect(page).toContain('Mit dem Konto der Kommune anmelden');
		expect(page).not.toContain('type="password"');
	});

	it('offers no first-run setup: the first account comes from the first single sign-on', async () => {
		expect(ssoOnly.setupUrl).toBeNull();
		const token = await ssoSignIn(ssoOnly, 'bernd');
		// No creator group is configured here, so every facilitator may create workshops.
		expect((await createWorkshop(ssoOnly, token)).id).toBeTruthy();
	});
});
