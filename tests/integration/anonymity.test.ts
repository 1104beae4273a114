import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readFacilitatorState } from '../../src/lib/board/facilitator-state.ts';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { addCard, connect, storedUpdates, synced, type Client } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let anna: Facilitator;
const clients: Client[] = [];

interface Person {
	id: string;
	name: string;
	institution: string;
	authorKey: string;
	token: string;
}

function client(room: string, token: string): Client {
	const created = connect(server, room, token);
	clients.push(created);
	return created;
}

/** What the server knows of a participant, read from its database. */
function stored(participantId: string): Omit<Person, 'token'> {
	const db = new Database(path.join(server.dataDir, 'pinnwand.sqlite'), { readonly: true });
	try {
		return db
			.prepare('select id, name, institution, author_key as authorKey from participants where id = ?')
			.get(participantId) as Omit<Person, 'token'>;
	} finally {
		db.close();
	}
}

async function person(joinCode: string, name?: string, institution = ''): Promise<Person> {
	const joined = await join(server, joinCode, { name, institution });
	return { ...stored(joined.participantId), token: joined.token };
}

/** Every map of a document, every field, as text. */
function raw(doc: Y.Doc): string {
	return JSON.stringify(Object.fromEntries([...doc.share.keys()].map((key) => [key, doc.getMap(key).toJSON()])));
}

/** Every awareness state every client holds (its own and everyone else's). */
function awareness(): string {
	return JSON.stringify(clients.flatMap((c) => [...c.provider.awareness.getStates().entries()]));
}

beforeAll(async () => {
	server = await startServer();
	anna = await facilitator(server, 'Anna');
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	removeDataDir(server.dataDir);
});

describe('an anonymous workshop', () => {
	it('leaves no name and no link between an authorKey and a person in any document or awareness state', async () => {
		const workshop = await createWorkshop(server, anna.token);
		const control = (rest: string, body: unknown) =>
			api(server, 'POST', `/api/workshops/${workshop.id}/${rest}`, { token: anna.token, body });
		const kuebra = await person(workshop.joinCode, 'Kübra Öztürk', 'Jugendmigrationsdienst');
		const jan = await person(workshop.joinCode, 'Jan Weber', 'Jobcenter');
		const nameless = await person(workshop.joinCode);
		const people = [kuebra, jan, nameless];

		// Cards both ways: handed in silently and revealed by the server, and written on the board.
		await control('phase', { phase: 'sammeln' });
		await control('silent', { silent: true });
		for (const p of people) {
			const res = await api(server, 'POST', `/api/workshops/${workshop.id}/cards`, {
				token: p.token,
				body: { text: `Karte von jemandem aus ${p.institution || 'nirgends'}`, category: 'Sonstiges' }
			});
			expect(res.status).toBe(201);
		}
		expect((await control('cards/reveal', {})).body.revealed).toHaveLength(3);
		await control('phase', { phase: 'clustern' });

		const boards = people.map((p) => client(workshop.id, p.token));
		const states = people.map((p) => client(`${workshop.id}/state`, p.token));
		await Promise.all([...boards, ...states].map((c) => synced(c)));
		boards[0]!.provider.awareness.setLocalStateField('dragging', null);
		addCard(boards[0]!.doc, 'direct', 'Direkt geschrieben', kuebra.authorKey);
		await eventually(() => {
			expect(boards[1]!.doc.getMap('cards').size).toBe(4);
			expect(readFacilitatorState(states[1]!.doc).presence.count).toBe(3);
			expect(awareness()).toContain('dragging');
		});

		const state = readFacilitatorState(states[2]!.doc);
		// One person each from two institutions: fewer than K = 3, so neither is shown.
		expect(state.presence).toEqual({ count: 3, institutions: [], names: null });
		expect(state.authorInstitutions).toBeNull();
		expect(state.authorNames).toBeNull();

		const seen = [
			...boards.map((c) => raw(c.doc)),
			...states.map((c) => raw(c.doc)),
			awareness(),
			...storedUpdates(server.dataDir, workshop.id).map((u) => Buffer.from(u).toString('utf8')),
			...storedUpdates(server.dataDir, workshop.id, 'state').map((u) => Buffer.from(u).toString('utf8')),
			JSON.stringify((await api(server, 'GET', `/api/workshops/${workshop.id}`, { token: jan.token })).body)
		].join('\n');
		const authorKeys = [...boards[2]!.doc.getMap<Y.Map<unknown>>('cards').values()].map((c) => c.get('authorKey'));
		expect(new Set(authorKeys)).toEqual(new Set(people.map((p) => p.authorKey)));
		for (const p of people) {
			expect(p.name).not.toBe('');
			expect(seen).not.toContain(p.name);
			expect(seen).not.toContain(p.id);
			// The pseudonym is random, not made from the participant's id.
			expect(p.id).not.toContain(p.authorKey);
			expect(p.authorKey).not.toContain(p.id.slice(0, 6));
		}
		// authorKeys appear on cards only: not in the state document, not in awareness.
		for (const key of people.map((p) => p.authorKey)) {
			expect(states.map((c) => raw(c.doc)).join()).not.toContain(key);
			expect(awareness()).not.toContain(key);
		}
	});
});

describe('a workshop that allows names', () => {
	it('shows names in presence and on cards only while the facilitator has switched them on', async () => {
		const workshop = await createWorkshop(server, anna.token);
		await api(server, 'PATCH', `/api/workshops/${workshop.id}`, {
			token: anna.token,
			body: { title: 'Mit Namen', anonymous: false }
		});
		const names = (showNames: boolean) =>
			api(server, 'POST', `/api/workshops/${workshop.id}/names`, { token: anna.token, body: { showNames } });
		const ada = await person(workshop.joinCode, 'Ada Berg', 'IHK');
		const ben = await person(workshop.joinCode, 'Ben Kraus', 'Berufskolleg');
		const state = client(`${workshop.id}/state`, ada.token);
		client(workshop.id, ben.token);
		await synced(state);
		await eventually(() => expect(readFacilitatorState(state.doc).presence.count).toBe(2));
		expect(raw(state.doc)).not.toContain('Ada Berg');
		expect(awareness()).not.toContain('Ada Berg');

		expect((await names(true)).status).toBe(200);
		await eventually(() => {
			const shown = readFacilitatorState(state.doc);
			expect(shown.presence.names).toEqual(['Ada Berg', 'Ben Kraus']);
			expect(shown.authorNames).toEqual({ [ada.authorKey]: 'Ada Berg', [ben.authorKey]: 'Ben Kraus' });
		});

		expect((await names(false)).status).toBe(200);
		await eventually(() => {
			const hidden = readFacilitatorState(state.doc);
			expect(hidden.presence.names).toBeNull();
			expect(hidden.authorNames).toBeNull();
		});
		expect(raw(state.doc)).not.toContain('Ada Berg');
	});

	it('hides names again at once when the workshop is made anonymous', async () => {
		const workshop = await createWorkshop(server, anna.token);
		const settings = (anonymous: boolean) =>
			api(server, 'PATCH', `/api/workshops/${workshop.id}`, { token: anna.token, body: { title: 'Umschalten', anonymous } });
		await settings(false);
		const cem = await person(workshop.joinCode, 'Cem Yilmaz', 'Jobcenter');
		const state = client(`${workshop.id}/state`, cem.token);
		await synced(state);
		await api(server, 'POST', `/api/workshops/${workshop.id}/names`, { token: anna.token, body: { showNames: true } });
		await eventually(() => expect(readFacilitatorState(state.doc).presence.names).toEqual(['Cem Yilmaz']));
		await settings(true);
		await eventually(() => expect(readFacilitatorState(state.doc).authorNames).toBeNull());
		expect(readFacilitatorState(state.doc).presence.names).toBeNull();
	});
});
