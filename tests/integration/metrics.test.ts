import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { addCard, cardIds, connect, storedDoc, synced, type Client } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

const METRICS_TOKEN = 'metrics-token-for-the-test-0123456789';
const PARTICIPANT_NAME = 'Zeynep Kanarienvogel';
const CARD_TEXT = 'Kanarienkarte: Kinderbetreuung während des Sprachkurses fehlt';

let server: RunningServer;
let anna: Facilitator;
let workshop: { id: string; joinCode: string };
let participant: { token: string; participantId: string };
const clients: Client[] = [];

interface Sample {
	name: string;
	labels: Record<string, string>;
	value: number;
}

/** The samples of the Prometheus text format (comments and blank lines skipped). */
function parse(text: string): Sample[] {
	return text
		.split('\n')
		.filter((line) => line !== '' && !line.startsWith('#'))
		.map((line) => {
			const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
			if (!match) throw new Error(`not a sample: ${line}`);
			const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!]));
			return { name: match[1]!, labels, value: Number(match[3]) };
		});
}

async function scrape(): Promise<Sample[]> {
	const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
	return parse(await response.text());
}

function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
	return samples
		.filter((s) => s.name === name && Object.entries(labels).every(([key, v]) => s.labels[key] === v))
		.reduce((sum, s) => sum + s.value, 0);
}

beforeAll(async () => {
	server = await startServer({ env: { METRICS_TOKEN } });
	anna = await facilitator(server, 'Anna');
	workshop = await createWorkshop(server, anna.token);
	participant = await join(server, workshop.joinCode, { name: PARTICIPANT_NAME, institution: 'Jobcenter' });
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	removeDataDir(server.dataDir);
});

describe('/metrics', () => {
	it('refuses a scraper without the token or with a wrong one, with the JSON error of the API', async () => {
		const missing = await api(server, 'GET', '/metrics');
		expect(missing.status).toBe(401);
		expect(missing.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
		expect(missing.headers.get('www-authenticate')).toBe('Bearer');
		expect((await api(server, 'GET', '/metrics', { token: `${METRICS_TOKEN}x` })).status).toBe(401);
		// A valid session token is no metrics token.
		expect((await api(server, 'GET', '/metrics', { token: anna.token })).status).toBe(401);
	});

	it('counts open rooms and sockets, messages both ways, flushes, the database size and requests by route id', async () => {
		const writer = connect(server, workshop.id, anna.token);
		const reader = connect(server, workshop.id, participant.token);
		clients.push(writer, reader);
		await Promise.all([synced(writer), synced(reader)]);
		addCard(writer.doc, 'kanarienkarte', CARD_TEXT);
		await eventually(() => expect(cardIds(storedDoc(server.dataDir, workshop.id))).toContain('kanarienkarte'));
		await eventually(() => expect(cardIds(reader.doc)).toContain('kanarienkarte'));
		expect((await api(server, 'GET', `/api/workshops/${workshop.id}`, { token: anna.token })).status).toBe(200);
		expect((await api(server, 'GET', `/j/${workshop.joinCode}`)).status).toBe(200);
		expect((await api(server, 'GET', '/no/such/page')).status).toBe(404);

		const samples = await scrape();
		expect(value(samples, 'pinnwand_realtime_rooms_open')).toBe(1);
		expect(value(samples, 'pinnwand_realtime_sockets_open')).toBe(2);
		expect(value(samples, 'pinnwand_realtime_messages_total', { direction: 'in' })).toBeGreaterThan(0);
		expect(value(samples, 'pinnwand_realtime_messages_total', { direction: 'out' })).toBeGreaterThan(0);
		expect(value(samples, 'pinnwand_persistence_flush_seconds_count', { operation: 'append' })).toBeGreaterThan(0);
		expect(value(samples, 'pinnwand_database_bytes')).toBeGreaterThan(4096);
		const request = (route: string, status: string) =>
			value(samples, 'pinnwand_http_request_duration_seconds_count', { method: 'GET', route, status });
		expect(request('/api/workshops/[id]', '200')).toBe(1);
		expect(request('/j/[code]', '200')).toBe(1);
		expect(request('unmatched', '404')).toBe(1);
		expect(value(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);

		const routes = new Set(samples.map((s) => s.labels.route).filter((route) => route !== undefined));
		for (const route of routes) {
			expect(route).toMatch(/^(\/[\w.[\]()=-]*)+$|^unmatched$/);
			for (const secret of [workshop.id, workshop.joinCode, anna.token, participant.token]) expect(route).not.toContain(secret);
		}

		writer.destroy();
		reader.destroy();
		await eventually(async () => expect(value(await scrape(), 'pinnwand_realtime_sockets_open')).toBe(0));
	});
});

describe('the log', () => {
	it('is one JSON object per line, a line per request with its id, echoed to the client', async () => {
		const fromProxy = await api(server, 'GET', '/healthz', { headers: { 'x-request-id': 'proxy-7f3a9c2e1b' } });
		expect(fromProxy.headers.get('x-request-id')).toBe('proxy-7f3a9c2e1b');
		const forged = await api(server, 'GET', '/healthz', { headers: { 'x-request-id': '"} {"level":"error' } });
		const ownId = forged.headers.get('x-request-id')!;
		expect(ownId).toMatch(/^[0-9a-f-]{36}$/);

		const entries = await eventually(() => {
			const parsed = server.output().trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
			expect(parsed.map((entry) => entry.requestId)).toEqual(expect.arrayContaining(['proxy-7f3a9c2e1b', ownId]));
			return parsed;
		});
		for (const entry of entries) {
			expect(entry).toMatchObject({ time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), level: expect.stringMatching(/^(info|warn|error)$/), msg: expect.any(String) });
		}
		expect(entries.find((entry) => entry.requestId === 'proxy-7f3a9c2e1b')).toEqual({
			time: expect.any(String),
			level: 'info',
			msg: 'request',
			requestId: 'proxy-7f3a9c2e1b',
			method: 'GET',
			route: '/healthz',
			status: 200,
			durationMs: expect.any(Number)
		});
		expect(entries.filter((entry) => entry.msg === 'request').every((entry) => typeof entry.requestId === 'string')).toBe(true);
	});

	it('holds no name, e-mail address, card text, session token, join code or workshop id in a request line', () => {
		const output = server.output();
		for (const secret of [PARTICIPANT_NAME, CARD_TEXT, anna.email, anna.token, participant.token, workshop.joinCode]) {
			expect(output).not.toContain(secret);
		}
		const requestLines = output.split('\n').filter((line) => line.includes('"msg":"request"'));
		expect(requestLines.length).toBeGreaterThan(5);
		for (const line of requestLines) expect(line).not.toContain(workshop.id);
	});
});

describe('/metrics without METRICS_TOKEN', () => {
	let plain: RunningServer;
	beforeAll(async () => {
		plain = await startServer();
	});
	afterAll(async () => {
		await plain.stop();
		removeDataDir(plain.dataDir);
	});

	it('does not exist, whatever token is sent', async () => {
		expect((await fetch(`${plain.url}/metrics`)).status).toBe(404);
		expect((await fetch(`${plain.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(404);
	});
});
