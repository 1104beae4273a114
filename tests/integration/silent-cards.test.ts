import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readFacilitatorState } from '../../src/lib/board/facilitator-state.ts';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { addCard, connect, processed, storedDoc, storedUpdates, synced, type Client } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let anna: Facilitator;
let workshop: { id: string; joinCode: string };
let kemal: { token: string };
let lea: { token: string };
const clients: Client[] = [];

const HELD_BACK = 'Herr A. aus Syrien, Aktenzeichen 4711, wartet seit 14 Monaten';

function client(room: string, token: string): Client {
	const created = connect(server, room, token);
	clients.push(created);
	return created;
}

const path = (rest: string) => `/api/workshops/${workshop.id}/${rest}`;
const post = (rest: string, body: unknown, token: string) => api(server, 'POST', path(rest), { token, body });
const card = (text: string, token: string, category = 'Sprache') => post('cards', { text, category }, token);

/** Every string anywhere in a document, however deep. */
function allText(doc: Y.Doc): string {
	return JSON.stringify(Object.fromEntries([...doc.share.keys()].map((key) => [key, doc.getMap(key).toJSON()])));
}

beforeAll(async () => {
	server = await startServer();
	anna = await facilitator(server, 'Anna');
	workshop = await createWorkshop(server, anna.token);
	kemal = await join(server, workshop.joinCode, { name: 'Kemal' });
	lea = await join(server, workshop.joinCode, { name: 'Lea' });
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	removeDataDir(server.dataDir);
});

describe('silent Sammeln', () => {
	it('refuses cards over HTTP while silent collecting is off', async () => {
		const res = await card('Zu früh', kemal.token);
		expect(res.status).toBe(409);
		expect(res.body.error.code).toBe('not_silent');
		await post('silent', { silent: true }, anna.token);
		expect((await card('Noch in Ankommen', kemal.token)).body.error.code).toBe('not_silent');
		await post('phase', { phase: 'sammeln' }, anna.token);
	});

	it("refuses a participant's direct board write, but not the facilitator's", async () => {
		const participant = client(workshop.id, kemal.token);
		const moderation = client(workshop.id, anna.token);
		await Promise.all([synced(participant), synced(moderation)]);
		addCard(participant.doc, 'direct', 'Am Server vorbei');
		await processed(participant);
		addCard(moderation.doc, 'from-moderation', 'Die Moderation darf');
		await eventually(() => expect(storedDoc(server.dataDir, workshop.id).getMap('cards').has('from-moderation')).toBe(true));
		expect(moderation.doc.getMap('cards').has('direct')).toBe(false);
		expect(storedDoc(server.dataDir, workshop.id).getMap('cards').has('direct')).toBe(false);
	});

	it('takes cards from participants only, with valid text and a category of the workshop', async () => {
		expect((await api(server, 'POST', path('cards'), { body: { text: 'x', category: 'Sprache' } })).status).toBe(401);
		expect((await card('Von der Moderation', anna.token)).status).toBe(403);
		const empty = await card('   ', kemal.token);
		expect(empty.status).toBe(400);
		expect(empty.body.error.fields).toEqual({ text: 'required' });
		expect((await card('x'.repeat(281), kemal.token)).body.error.fields).toEqual({ text: 'too_long' });
		expect((await card('Gute Karte', kemal.token, 'Kochen')).body.error.fields).toEqual({ category: 'unknown' });
	});

	it('keeps cards with the server; others see only the count', async () => {
		const state = client(`${workshop.id}/state`, lea.token);
		await synced(state);
		const first = await card('Sprachkurse mit Kinderbetreuung', kemal.token);
		expect(first.status).toBe(201);
		expect(first.body).toMatchObject({ text: 'Sprachkurse mit Kinderbetreuung', category: 'Sprache', heldBack: false });
		expect(first.body).not.toHaveProperty('authorKey');
		expect((await card(HELD_BACK, kemal.token, 'Aufenthaltsrecht')).status).toBe(201);
		expect((await card('Mehr Praktikumsplätze', lea.token, 'Praxiserfahrung')).status).toBe(201);
		await eventually(() => expect(readFacilitatorState(state.doc).pendingCards).toBe(3));

		const mine = await api(server, 'GET', path('cards/pending'), { token: kemal.token });
		expect(mine.body.cards.map((c: { text: string }) => c.text)).toEqual(['Sprachkurse mit Kinderbetreuung', HELD_BACK]);
		const leas = await api(server, 'GET', path('cards/pending'), { token: lea.token });
		expect(leas.body.cards.map((c: { text: string }) => c.text)).toEqual(['Mehr Praktikumsplätze']);
		const all = await api(server, 'GET', path('cards/pending'), { token: anna.token });
		expect(all.body.cards).toHaveLength(3);
		const viewer = (await post('viewer-link', undefined, anna.token)).body.token;
		expect((await api(server, 'GET', path('cards/pending'), { token: viewer })).status).toBe(403);
		expect(allText(state.doc)).not.toContain('Sprachkurse');
	});

	it('lets authors edit and withdraw their own waiting cards, and nobody else', async () => {
		const created = await card('Tippfeler', lea.token);
		const id = created.body.id;
		const edited = await api(server, 'PATCH', path(`cards/pending/${id}`), { token: lea.token, body: { text: 'Tippfehler' } });
		expect(edited.status).toBe(200);
		expect(edited.body.text).toBe('Tippfehler');
		expect((await api(server, 'PATCH', path(`cards/pending/${id}`), { token: kemal.token, body: { text: 'fremd' } })).status).toBe(404);
		expect((await api(server, 'DELETE', path(`cards/pending/${id}`), { token: kemal.token })).status).toBe(404);
		expect((await api(server, 'PATCH', path(`cards/pending/${id}`), { token: lea.token, body: { heldBack: true } })).status).toBe(403);
		expect((await api(server, 'PATCH', path(`cards/pending/${id}`), { token: anna.token, body: { text: 'Moderation' } })).status).toBe(403);
		expect((await api(server, 'PATCH', path(`cards/pending/${id}`), { token: lea.token, body: { category: 'Kochen' } })).status).toBe(400);
		expect((await api(server, 'DELETE', path(`cards/pending/${id}`), { token: lea.token })).status).toBe(204);
		expect((await api(server, 'DELETE', path(`cards/pending/${id}`), { token: lea.token })).status).toBe(404);
	});

	it('reveals every card but the held-back one, whose text never reaches the board', async () => {
		const observer = client(workshop.id, lea.token);
		const state = client(`${workshop.id}/state`, lea.token);
		await Promise.all([synced(observer), synced(state)]);
		const all = await api(server, 'GET', path('cards/pending'), { token: anna.token });
		const held = all.body.cards.find((c: { text: string }) => c.text === HELD_BACK);
		const hold = await api(server, 'PATCH', path(`cards/pending/${held.id}`), { token: anna.token, body: { heldBack: true } });
		expect(hold.body.heldBack).toBe(true);
		await eventually(() => expect(readFacilitatorState(state.doc)).toMatchObject({ pendingCards: 2, heldBackCards: 1 }));

		expect((await post('cards/reveal', {}, lea.token)).status).toBe(403);
		const revealed = await post('cards/reveal', {}, anna.token);
		expect(revealed.status).toBe(200);
		expect(revealed.body.revealed).toHaveLength(2);
		expect(revealed.body.state).toMatchObject({ pendingCards: 0, heldBackCards: 1 });
		await eventually(() => {
			const texts = [...observer.doc.getMap<Y.Map<unknown>>('cards').values()].map((c) => c.get('text'));
			expect(texts).toEqual(expect.arrayContaining(['Sprachkurse mit Kinderbetreuung', 'Mehr Praktikumsplätze']));
		});
		await eventually(() => expect(readFacilitatorState(state.doc).pendingCards).toBe(0));
		const revealedCard = observer.doc.getMap<Y.Map<unknown>>('cards').get(revealed.body.revealed[0])!;
		expect(revealedCard.get('authorKey')).toMatch(/^\w+$/);
		expect(revealedCard.get('clusterId')).toBeNull();

		// Nowhere: not in a client's document, not in any stored row of either document.
		expect(allText(observer.doc)).not.toContain('Aktenzeichen');
		const stored = [...storedUpdates(server.dataDir, workshop.id), ...storedUpdates(server.dataDir, workshop.id, 'state')];
		for (const row of stored) expect(Buffer.from(row).toString('utf8')).not.toContain('Aktenzeichen');
		expect((await api(server, 'GET', path('cards/pending'), { token: kemal.token })).body.cards).toEqual([
			expect.objectContaining({ text: HELD_BACK, heldBack: true })
		]);
		expect((await post('cards/reveal', {}, anna.token)).body.revealed).toEqual([]);
	});

	it('lets the facilitator release a held-back card later, or delete it for good', async () => {
		const observer = client(workshop.id, anna.token);
		await synced(observer);
		const release = await card('Später freigegeben', kemal.token);
		await api(server, 'PATCH', path(`cards/pending/${release.body.id}`), { token: anna.token, body: { heldBack: true } });
		const released = await post('cards/reveal', { cardIds: [release.body.id] }, anna.token);
		expect(released.body.revealed).toEqual([release.body.id]);
		await eventually(() => expect(observer.doc.getMap('cards').has(release.body.id)).toBe(true));

		const held = (await api(server, 'GET', path('cards/pending'), { token: anna.token })).body.cards[0];
		expect(held.text).toBe(HELD_BACK);
		expect((await api(server, 'DELETE', path(`cards/pending/${held.id}`), { token: anna.token })).status).toBe(204);
		const after = await api(server, 'GET', path('cards/pending'), { token: anna.token });
		expect(after.body.cards).toEqual([]);
		expect(readFacilitatorState(storedDoc(server.dataDir, workshop.id, 'state'))).toMatchObject({
			pendingCards: 0,
			heldBackCards: 0
		});
	});
});
