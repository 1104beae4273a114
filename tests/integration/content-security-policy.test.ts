import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let setupPath: string;
// Read before the first account exists: only then is there a setup page.
let setupPolicy: Page;
let mod: Facilitator;
let workshop: { id: string; joinCode: string };
let participantToken: string;
let kerngruppePath: string;
let buendnisId: string;

beforeAll(async () => {
	server = await startServer();
	setupPath = new URL(server.setupUrl!).pathname + new URL(server.setupUrl!).search;
	setupPolicy = await page(setupPath);
	mod = await facilitator(server, 'Maria Moderation');
	workshop = await createWorkshop(server, mod.token);
	participantToken = (await join(server, workshop.joinCode, { name: 'Kübra' })).token;
	const link = await api(server, 'POST', `/api/workshops/${workshop.id}/share-links`, { token: mod.token, body: { label: 'Kerngruppe' } });
	kerngruppePath = new URL(link.body.url).pathname;
	buendnisId = (await api(server, 'POST', '/api/buendnisse', { token: mod.token, body: { name: 'Bündnis Musterstadt' } })).body.id;
	await api(server, 'PUT', `/api/workshops/${workshop.id}/buendnis`, { token: mod.token, body: { buendnisId } });
});

afterAll(async () => {
	await server.stop();
	removeDataDir(server.dataDir);
});

interface Page {
	status: number;
	directives: Map<string, string[]>;
	nonce: string;
	scripts: string[];
}

/** A page as the browser gets it: its status, its CSP directives, the nonce, and every script tag. */
async function page(path: string, token?: string): Promise<Page> {
	const response = await fetch(server.url + path, { headers: token ? { authorization: `Bearer ${token}` } : {}, redirect: 'manual' });
	const html = await response.text();
	expect(response.headers.get('content-type'), path).toContain('text/html');
	const header = response.headers.get('content-security-policy');
	expect(header, `${path} sends a Content-Security-Policy`).toBeTruthy();
	const directives = new Map(
		header!
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...values]) => [name!, values])
	);
	const nonce = directives.get('script-src')?.find((value) => value.startsWith("'nonce-"))?.slice(7, -1) ?? '';
	return { status: response.status, directives, nonce, scripts: html.match(/<script\b[^>]*>/g) ?? [] };
}

function expectStrictPolicy(name: string, { directives, nonce, scripts }: Page) {
	expect(nonce, `${name}: a nonce`).toMatch(/^[A-Za-z0-9+/=_-]{16,}$/);
	expect(directives.get('script-src'), `${name}: scripts only from us or by nonce`).toEqual(["'self'", `'nonce-${nonce}'`]);
	expect(directives.get('frame-ancestors'), name).toEqual(["'none'"]);
	expect(directives.get('object-src'), name).toEqual(["'none'"]);
	expect(directives.get('base-uri'), name).toEqual(["'self'"]);
	expect(scripts.length, `${name}: SvelteKit's start script is inline`).toBeGreaterThan(0);
	for (const script of scripts) expect(script, `${name}: every script tag carries the nonce`).toContain(`nonce="${nonce}"`);
}

describe('the Content-Security-Policy', () => {
	it('is strict on every page type: scripts only by nonce, no framing, no plugins, no foreign base', async () => {
		const pages: [string, Page, number][] = [
			['setup', setupPolicy, 200],
			['login', await page('/login'), 200],
			['dashboard', await page('/', mod.token), 200],
			['board (Moderation)', await page(`/w/${workshop.id}`, mod.token), 200],
			['board (participant)', await page(`/w/${workshop.id}`, participantToken), 200],
			['Beamer', await page(`/w/${workshop.id}/beamer`, mod.token), 200],
			['join', await page(`/j/${workshop.joinCode}`), 200],
			['Kerngruppe page', await page(kerngruppePath), 200],
			['Kerngruppe Angebote', await page(`${kerngruppePath}/angebote`), 200],
			['public Angebote', await page(`/angebote/${buendnisId}`), 200],
			['error page', await page('/w/gibt-es-nicht', mod.token), 404]
		];
		for (const [name, policy, status] of pages) {
			expect(policy.status, name).toBe(status);
			expectStrictPolicy(name, policy);
		}
	});

	it('uses a fresh nonce for every response', async () => {
		const nonces = new Set<string>();
		for (let i = 0; i < 5; i++) nonces.add((await page('/login')).nonce);
		nonces.add((await page(`/j/${workshop.joinCode}`)).nonce);
		expect(nonces.size).toBe(6);
	});
});
