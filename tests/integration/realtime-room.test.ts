import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncStep1Message } from '../../src/lib/realtime/messages.ts';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import {
	addCard,
	cardIds,
	connect,
	processed,
	RawSocket,
	storedDoc,
	synced,
	wsUrl,
	type Client
} from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let anna: Facilitator;
let workshopA: { id: string; joinCode: string };
let workshopB: { id: string; joinCode: string };
let participantA: { token: string };
let participantB: { token: string };
const clients: Client[] = [];

function client(room: string, token: string | null): Client {
	const created = connect(server, room, token);
	clients.push(created);
	return created;
}

const text = (doc: Y.Doc, id: string) => (doc.getMap('cards').get(id) as Y.Map<unknown> | undefined)?.get('text');

beforeAll(async () => {
	server = await startServer();
	anna = await facilitator(server, 'Anna');
	workshopA = await createWorkshop(server, anna.token);
	workshopB = await createWorkshop(server, anna.token);
	participantA = await join(server, workshopA.joinCode);
	participantB = await join(server, workshopB.joinCode);
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	removeDataDir(server.dataDir);
});

describe('/ws/<workshopId> with the stock y-websocket client', () => {
	it('syncs a card written by one client to the other, both ways', async () => {
		const moderation = client(workshopA.id, anna.token);
		const participant = client(workshopA.id, participantA.token);
		await Promise.all([synced(moderation), synced(participant)]);
		addCard(moderation.doc, 'card-1', 'Sprachkurs während der Ausbildung fehlt');
		await eventually(() => expect(text(participant.doc, 'card-1')).toBe('Sprachkurs während der Ausbildung fehlt'));
		addCard(participant.doc, 'card-2', 'Kitaplatz für Azubis');
		await eventually(() => expect(text(moderation.doc, 'card-2')).toBe('Kitaplatz für Azubis'));
	});
});

describe('authorization before any document byte', () => {
	/** Opens a raw socket that asks for the document at once, and waits for the server's verdict. */
	async function verdict(path: string, headers: Record<string, string> = {}) {
		const socket = new RawSocket(wsUrl(server, path), { headers });
		if (await socket.opened) socket.send(syncStep1Message(new Y.Doc()));
		return socket.closed;
	}

	it('closes with 4401 without a session or with an invalid one, before sending anything', async () => {
		expect(await verdict(`/ws/${workshopA.id}`)).toMatchObject({ code: 4401, messagesBefore: 0 });
		expect(await verdict(`/ws/${workshopA.id}?token=abcdefghijklmnopqrstuvwxyz234567`)).toMatchObject({
			code: 4401,
			messagesBefore: 0
		});
		expect(await verdict(`/ws/${workshopA.id}`, { cookie: 'pinnwand_session=nonsense' })).toMatchObject({
			code: 4401,
			messagesBefore: 0
		});
	});

	it('closes a participant of workshop A with 4403 on workshop B, board and state alike', async () => {
		expect(await verdict(`/ws/${workshopB.id}?token=${participantA.token}`)).toMatchObject({
			code: 4403,
			messagesBefore: 0
		});
		expect(await verdict(`/ws/${workshopB.id}/state?token=${participantA.token}`)).toMatchObject({
			code: 4403,
			messagesBefore: 0
		});
	});

	it('closes a foreign Origin with 4403 even with a valid session', async () => {
		const foreign = await verdict(`/ws/${workshopA.id}?token=${anna.token}`, { origin: 'https://evil.example' });
		expect(foreign).toMatchObject({ code: 4403, messagesBefore: 0 });
		const own = new RawSocket(wsUrl(server, `/ws/${workshopA.id}?token=${anna.token}`), { headers: { origin: server.url } });
		expect(await own.next(() => true)).not.toBeNull();
		own.close();
	});

	it('closes unknown workshops and unknown paths with 4403', async () => {
		expect(await verdict(`/ws/abcdefghijklmnopqrstuvwx?token=${anna.token}`)).toMatchObject({ code: 4403, messagesBefore: 0 });
		expect(await verdict(`/ws/${workshopA.id}/other?token=${anna.token}`)).toMatchObject({ code: 4403, messagesBefore: 0 });
	});

	it('accepts the session cookie of a browser', async () => {
		const browser = new RawSocket(wsUrl(server, `/ws/${workshopA.id}`), {
			headers: { cookie: `pinnwand_session=${participantA.token}`, origin: server.url }
		});
		expect(await browser.next(() => true)).not.toBeNull();
		browser.close();
	});

	it('makes the stock client give up instead of reconnecting', async () => {
		const intruder = client(workshopB.id, participantA.token);
		await eventually(() => expect(intruder.closes).toEqual([4403]));
		expect(intruder.provider.shouldConnect).toBe(false);
	});

	it('leaves upgrade requests outside /ws/ alone', async () => {
		const other = new RawSocket(wsUrl(server, '/not-realtime'));
		expect(await other.opened).toBe(false);
	});
});

describe('read-only roles', () => {
	it('lets a viewer (Beamer link) read, but its card reaches neither the database nor other clients', async () => {
		const refused = await api(server, 'POST', `/api/workshops/${workshopA.id}/viewer-link`, { token: participantA.token });
		expect(refused.status).toBe(403);
		const link = await api(server, 'POST', `/api/workshops/${workshopA.id}/viewer-link`, { token: anna.token });
		expect(link.status).toBe(201);
		expect(link.body.url).toBe(`${server.url}/w/${workshopA.id}/beamer?key=${link.body.token}`);

		const writer = client(workshopA.id, anna.token);
		const observer = client(workshopA.id, participantA.token);
		const beamer = client(workshopA.id, link.body.token);
		await Promise.all([synced(writer), synced(observer), synced(beamer)]);
		addCard(writer.doc, 'for-the-beamer', 'Bürokratie');
		await eventually(() => expect(text(beamer.doc, 'for-the-beamer')).toBe('Bürokratie'));

		addCard(beamer.doc, 'from-beamer', 'darf nicht ankommen');
		await processed(beamer);
		addCard(writer.doc, 'marker-viewer', 'danach');
		await eventually(() => {
			expect(text(observer.doc, 'marker-viewer')).toBe('danach');
			expect(storedDoc(server.dataDir, workshopA.id).getMap('cards').has('marker-viewer')).toBe(true);
		});
		expect(observer.doc.getMap('cards').has('from-beamer')).toBe(false);
		expect(writer.doc.getMap('cards').has('from-beamer')).toBe(false);
		expect(storedDoc(server.dataDir, workshopA.id).getMap('cards').has('from-beamer')).toBe(false);
		expect(beamer.closes).toEqual([]);
	});

	it('makes an ended workshop read-only for everyone, open sockets included', async () => {
		const workshop = await createWorkshop(server, anna.token);
		const member = await join(server, workshop.joinCode);
		const moderation = client(workshop.id, anna.token);
		const participant = client(workshop.id, member.token);
		await Promise.all([synced(moderation), synced(participant)]);
		addCard(participant.doc, 'during', 'während des Workshops');
		await eventually(() => {
			expect(text(moderation.doc, 'during')).toBe('während des Workshops');
			expect(storedDoc(server.dataDir, workshop.id).getMap('cards').has('during')).toBe(true);
		});

		const ended = await api(server, 'POST', `/api/workshops/${workshop.id}/end`, { token: anna.token });
		expect(ended.status).toBe(200);
		expect(ended.body.status).toBe('ended');

		addCard(participant.doc, 'after-end', 'zu spät');
		addCard(moderation.doc, 'after-end-moderation', 'auch zu spät');
		await Promise.all([processed(participant), processed(moderation)]);
		const late = client(workshop.id, member.token);
		await synced(late);
		expect(cardIds(late.doc)).toEqual(['during']);
		expect(moderation.doc.getMap('cards').has('after-end')).toBe(false);
		expect(participant.doc.getMap('cards').has('after-end-moderation')).toBe(false);
		expect(cardIds(storedDoc(server.dataDir, workshop.id))).toEqual(['during']);
	});

	it('lets no client change the facilitator state document, however it tries', async () => {
		const set = await api(server, 'POST', `/api/workshops/${workshopA.id}/phase`, {
			token: anna.token,
			body: { phase: 'sammeln' }
		});
		expect(set.status).toBe(200);
		const moderation = client(`${workshopA.id}/state`, anna.token);
		const participant = client(`${workshopA.id}/state`, participantA.token);
		await Promise.all([synced(moderation), synced(participant)]);
		expect(participant.doc.getMap('state').get('phase')).toBe('sammeln');

		participant.doc.getMap('state').set('phase', 'abschluss');
		moderation.doc.getMap('state').set('locked', true);
		await Promise.all([processed(participant), processed(moderation)]);
		await api(server, 'POST', `/api/workshops/${workshopA.id}/phase`, { token: anna.token, body: { phase: 'clustern' } });
		await eventually(() => expect(moderation.doc.getMap('state').get('phase')).toBe('clustern'));

		expect(participant.doc.getMap('state').get('locked')).toBeUndefined();
		const stored = storedDoc(server.dataDir, workshopA.id, 'state').getMap('state');
		expect(stored.get('phase')).toBe('clustern');
		expect(stored.has('locked')).toBe(false);
		const read = await api(server, 'GET', `/api/workshops/${workshopA.id}`, { token: participantA.token });
		expect(read.body.phase).toBe('clustern');
	});
});

describe('deleting a workshop', () => {
	it('closes its sockets with 4404, which the stock client takes as final', async () => {
		const workshop = await createWorkshop(server, anna.token);
		const member = await join(server, workshop.joinCode);
		const participant = client(workshop.id, member.token);
		await synced(participant);
		addCard(participant.doc, 'doomed', 'wird gelöscht');
		const deleted = await api(server, 'DELETE', `/api/workshops/${workshop.id}`, { token: anna.token });
		expect(deleted.status).toBe(204);
		await eventually(() => expect(participant.closes).toEqual([4404]));
		expect(participant.provider.shouldConnect).toBe(false);
		expect(server.output()).toContain(`realtime ${workshop.id}: evicted`);
	});
});

describe('POST /api/workshops/:id/phase', () => {
	it('reaches connected clients through the shared registry', async () => {
		const state = client(`${workshopB.id}/state`, participantB.token);
		await synced(state);
		const set = await api(server, 'POST', `/api/workshops/${workshopB.id}/phase`, {
			token: anna.token,
			body: { phase: 'punkten' }
		});
		expect(set.status).toBe(200);
		expect(set.body).toMatchObject({ phase: 'punkten', locked: false, voting: null });
		await eventually(() => expect(state.doc.getMap('state').get('phase')).toBe('punkten'));
	});

	it('is for facilitators only and takes known phases only', async () => {
		const asParticipant = await api(server, 'POST', `/api/workshops/${workshopB.id}/phase`, {
			token: participantB.token,
			body: { phase: 'abschluss' }
		});
		expect(asParticipant.status).toBe(403);
		const unknown = await api(server, 'POST', `/api/workshops/${workshopB.id}/phase`, {
			token: anna.token,
			body: { phase: 'pause' }
		});
		expect(unknown.status).toBe(400);
		expect(unknown.body.error.fields).toEqual({ phase: 'unknown' });
	});
});
