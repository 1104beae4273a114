import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFacilitatorState } from '../../src/lib/board/facilitator-state.ts';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { connect, synced, type Client } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let anna: Facilitator;
let workshop: { id: string; joinCode: string };
let participant: { token: string };
let viewerToken: string;
const clients: Client[] = [];

function client(room: string, token: string): Client {
	const created = connect(server, room, token);
	clients.push(created);
	return created;
}

/** A page request as a browser sends it, with a session cookie or none; redirects are not followed. */
const page = (path: string, token?: string) =>
	fetch(server.url + path, { redirect: 'manual', headers: token ? { cookie: `pinnwand_session=${token}` } : {} });

beforeAll(async () => {
	server = await startServer();
	anna = await facilitator(server, 'Anna');
	workshop = await createWorkshop(server, anna.token, { title: 'Beamer-Test' });
	participant = await join(server, workshop.joinCode, { name: 'Ida', institution: 'IHK' });
	viewerToken = (await api(server, 'POST', `/api/workshops/${workshop.id}/viewer-link`, { token: anna.token })).body.token;
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	removeDataDir(server.dataDir);
});

describe('GET /w/:id/beamer', () => {
	const beamer = () => `/w/${workshop.id}/beamer`;

	it('turns the viewer link into the session cookie and drops the key from the address', async () => {
		const res = await page(`${beamer()}?key=${viewerToken}`);
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe(beamer());
		const cookie = res.headers.get('set-cookie') ?? '';
		expect(cookie).toContain(`pinnwand_session=${viewerToken}`);
		expect(cookie).toMatch(/HttpOnly/i);
		const shown = await page(beamer(), viewerToken);
		expect(shown.status).toBe(200);
		const html = await shown.text();
		expect(html).toContain('Beamer-Test');
		expect(html).toContain('<svg');
		expect(html).not.toContain(viewerToken);
	});

	it('keeps the session of a facilitator who opens the viewer link', async () => {
		const res = await page(`${beamer()}?key=${viewerToken}`, anna.token);
		expect(res.status).toBe(303);
		expect(res.headers.get('set-cookie')).toBeNull();
		expect((await page(beamer(), anna.token)).status).toBe(200);
	});

	it('refuses a wrong key, participants, and sends visitors without a session to the login', async () => {
		expect((await page(`${beamer()}?key=abcdefghijklmnopqrstuvwxyz234567`)).status).toBe(403);
		expect((await page(`${beamer()}?key=${participant.token}`)).status).toBe(403);
		expect((await page(beamer(), participant.token)).status).toBe(403);
		const other = await createWorkshop(server, anna.token);
		expect((await page(`/w/${other.id}/beamer?key=${viewerToken}`)).status).toBe(403);
		const anonymous = await page(beamer());
		expect(anonymous.status).toBe(303);
		expect(anonymous.headers.get('location')).toMatch(/^\/login\?redirectTo=/);
		expect((await page('/w/abcdefghijklmnopqrstuvwx/beamer', anna.token)).status).toBe(404);
	});
});

describe('presence in the state document', () => {
	it('counts each participant once, however many sockets, ignores facilitators and viewers, and follows leaves', async () => {
		// Two from the IHK are a group to show once the workshop's K is 2.
		const patched = await api(server, 'PATCH', `/api/workshops/${workshop.id}`, { token: anna.token, body: { title: 'Beamer-Test', minGroup: 2 } });
		expect(patched.status).toBe(200);
		const second = await join(server, workshop.joinCode, { institution: 'IHK' });
		const watcher = client(`${workshop.id}/state`, anna.token);
		client(workshop.id, viewerToken);
		client(workshop.id, anna.token);
		await synced(watcher);
		const first = [client(workshop.id, participant.token), client(`${workshop.id}/state`, participant.token)];
		await eventually(() => expect(readFacilitatorState(watcher.doc).presence.count).toBe(1));
		const other = client(workshop.id, second.token);
		await eventually(() =>
			expect(readFacilitatorState(watcher.doc).presence).toEqual({
				count: 2,
				institutions: [{ name: 'IHK', count: 2 }],
				names: null
			})
		);
		other.destroy();
		await eventually(() => expect(readFacilitatorState(watcher.doc).presence.count).toBe(1));
		for (const c of first) c.destroy();
		await eventually(() => expect(readFacilitatorState(watcher.doc).presence).toEqual({ count: 0, institutions: [], names: null }));
	});
});
