import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, updateAction } from '../../src/lib/board/actions.ts';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { moveCard } from '../../src/lib/board/cards.ts';
import { readFacilitatorState } from '../../src/lib/board/facilitator-state.ts';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { readPdf } from '../helpers/pdf-text.ts';
import { addCard, connect, synced, type Client } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

/**
 * Issue 10: in an anonymous workshop no answer of the server, to any role, ties a card, a waiting
 * card, a vote or a status change to a person. Every answer each role can get is collected and
 * searched for every participant's name and id, and for the one institution too small to be named.
 */

const SMALL_INSTITUTION = 'Verein Sonnenblume Nordstadt';
const PEOPLE = [
	{ name: 'Zoltan Quirinius', institution: 'Jobcenter' },
	{ name: 'Mirabella Fenwick', institution: 'Jobcenter' },
	{ name: 'Hyacinth Pemberton', institution: 'Jobcenter' },
	{ name: 'Ottilie Xanthopoulos', institution: SMALL_INSTITUTION },
	{ name: 'Leopoldina Rauschenbach', institution: '' },
	{ name: 'Bartholomew Quince', institution: '' }
];

let server: RunningServer;
let owner: Facilitator;
let coFacilitator: Facilitator;
const clients: Client[] = [];

interface Joined {
	name: string;
	institution: string;
	id: string;
	token: string;
}

/** One answer of the server: who asked, what, and the text of what came back. */
interface Answer {
	who: string;
	what: string;
	text: string;
	/** The participant who asked; their own name may appear in their own answers. */
	self?: Joined;
}
const answers: Answer[] = [];

function client(room: string, token: string): Client {
	const created = connect(server, room, token);
	clients.push(created);
	return created;
}

function documentText(doc: Y.Doc): string {
	return JSON.stringify(Object.fromEntries([...doc.share.keys()].map((key) => [key, doc.getMap(key).toJSON()])));
}

async function get(who: string, what: string, token: string | null, self?: Joined): Promise<Response> {
	const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
	const res = await fetch(server.url + what, { headers, redirect: 'manual' });
	expect(res.status, `${who} GET ${what}`).toBe(200);
	const type = res.headers.get('content-type') ?? '';
	const bytes = new Uint8Array(await res.arrayBuffer());
	const text = type.includes('pdf')
		? (await readPdf(bytes)).map((page) => page.text).join('\n')
		: new TextDecoder().decode(bytes);
	answers.push({ who, what, text, self });
	return res;
}

/** The participants as the server stores them: id and card pseudonym. */
function stored(workshopId: string): { id: string; authorKey: string }[] {
	const db = new Database(path.join(server.dataDir, 'pinnwand.sqlite'), { readonly: true });
	try {
		return db.prepare('select id, author_key as authorKey from participants where workshop_id = ? order by created_at').all(workshopId) as {
			id: string;
			authorKey: string;
		}[];
	} finally {
		db.close();
	}
}

beforeAll(async () => {
	server = await startServer();
	owner = await facilitator(server, 'Anna Moderation');
	coFacilitator = await facilitator(server, 'Bernd Co-Moderation');
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	removeDataDir(server.dataDir);
});

describe('an anonymous workshop, read by every role through every answer', () => {
	it('names nobody and links nothing to a participant id, and shows a small institution only as Weitere Institution', async () => {
		const workshop = await createWorkshop(server, owner.token, { title: 'STARTER Anonymstadt', municipality: 'Anonymstadt' });
		const base = `/api/workshops/${workshop.id}`;
		const control = async (rest: string, body: unknown, expected = 200) => {
			const res = await api(server, 'POST', `${base}/${rest}`, { token: owner.token, body });
			expect(res.status, rest).toBe(expected);
			return res.body;
		};
		const added = await fetch(`${server.url}/w/${workshop.id}/settings?/addFacilitator`, {
			method: 'POST',
			headers: {
				authorization: `Bearer ${owner.token}`,
				origin: server.url,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ email: coFacilitator.email })
		});
		expect(added.status).toBe(200);

		const people: Joined[] = [];
		for (const p of PEOPLE) {
			const joined = await join(server, workshop.joinCode, p);
			people.push({ ...p, id: joined.participantId, token: joined.token });
		}
		const [zoltan, mirabella, , ottilie] = people as [Joined, Joined, Joined, Joined];

		// Cards handed in silently: some revealed, one held back, one still waiting.
		await control('phase', { phase: 'sammeln' });
		await control('silent', { silent: true });
		const pending: string[] = [];
		for (const [i, p] of people.entries()) {
			const res = await api(server, 'POST', `${base}/cards`, { token: p.token, body: { text: `Stille Karte ${i}`, category: 'Sprache' } });
			expect(res.status).toBe(201);
			pending.push(res.body.id);
		}
		expect((await api(server, 'PATCH', `${base}/cards/pending/${pending[1]}`, { token: owner.token, body: { heldBack: true } })).status).toBe(200);
		await control('cards/reveal', { cardIds: pending.slice(2, 5) });
		await control('silent', { silent: false });

		// Cards written on the board, a cluster, Punkte from everyone, a Maßnahme changed by the small institution.
		const boards = [client(workshop.id, owner.token), client(workshop.id, ottilie.token)];
		await Promise.all(boards.map((c) => synced(c)));
		const ottiliesKey = stored(workshop.id).find((row) => row.id === ottilie.id)!.authorKey;
		addCard(boards[1]!.doc, 'direct-1', 'Direkt von der Wand', ottiliesKey);
		await control('phase', { phase: 'clustern' });
		const cluster = createCluster(boards[0]!.doc, { title: 'Sprache und Ausbildung' });
		if (!cluster.ok) throw new Error('cluster');
		await eventually(() => expect(boards[0]!.doc.getMap('cards').size).toBeGreaterThanOrEqual(4));
		for (const id of [...boards[0]!.doc.getMap('cards').keys()]) moveCard(boards[0]!.doc, id, { clusterId: cluster.value });
		await control('phase', { phase: 'punkten' });
		await eventually(() => control('voting', { action: 'open' }, 201));
		for (const p of people) {
			const vote = await api(server, 'POST', `${base}/votes`, { token: p.token, body: { targetId: cluster.value, delta: 1 } });
			expect(vote.status).toBe(200);
		}
		await control('voting', { action: 'reveal' });
		await control('phase', { phase: 'massnahmen' });
		const action = addAction(boards[0]!.doc, { title: 'Sprachkurs mit Kinderbetreuung', clusterId: cluster.value, owner: 'VHS', due: '2027-05-01' });
		if (!action.ok) throw new Error('action');
		await eventually(() => expect(boards[1]!.doc.getMap('actions').size).toBe(1));
		updateAction(boards[1]!.doc, action.value, { status: 'in_progress' });
		await eventually(async () => {
			const json = await api(server, 'GET', `${base}/export.json`, { token: owner.token });
			expect(json.body.actionHistory).toHaveLength(1);
		});

		const link = await api(server, 'POST', `${base}/share-links`, { token: owner.token, body: { label: 'Kerngruppe' } });
		expect(link.status).toBe(201);
		const viewer = await api(server, 'POST', `${base}/viewer-link`, { token: owner.token });
		expect(viewer.status).toBe(201);

		// Every answer of every role.
		for (const [who, token] of [
			['owner', owner.token],
			['co-facilitator', coFacilitator.token]
		] as const) {
			for (const what of [
				base,
				`${base}/results`,
				`${base}/results?peek=1`,
				`${base}/cards/pending`,
				`${base}/voting/progress`,
				`${base}/snapshots`,
				`${base}/suggestions`,
				`${base}/share-links`,
				`${base}/export.pdf`,
				`${base}/export.csv?part=cards`,
				`${base}/export.csv?part=votes`,
				`${base}/export.csv?part=actions`,
				`${base}/export.md`,
				`${base}/export.ics`,
				`${base}/export.json`,
				`/w/${workshop.id}`,
				`/w/${workshop.id}/beamer`,
				`/w/${workshop.id}/settings`,
				'/',
				'/api/workshops'
			]) {
				await get(who, what, token);
			}
		}
		for (const p of [zoltan, mirabella, ottilie]) {
			for (const what of [base, `${base}/results`, `${base}/cards/pending`, `${base}/votes/mine`, `/w/${workshop.id}`]) {
				await get(`participant ${p.name}`, what, p.token, p);
			}
		}
		await get('viewer', `/w/${workshop.id}/beamer`, viewer.body.token);
		await get('viewer', `${base}/results`, viewer.body.token);
		await get('Kerngruppe', `/api/plan/${link.body.token}`, null);
		await get('Kerngruppe', `/m/${link.body.token}`, null);

		const watchers = [
			['owner', owner.token],
			['viewer', viewer.body.token],
			['participant', zoltan.token]
		] as const;
		const live = watchers.flatMap(([who, token]) => [
			{ who, c: client(workshop.id, token) },
			{ who, c: client(`${workshop.id}/state`, token) }
		]);
		await Promise.all(live.map(({ c }) => synced(c)));
		for (const { who, c } of live) {
			answers.push({ who, what: 'document', text: documentText(c.doc) });
			answers.push({ who, what: 'awareness', text: JSON.stringify([...c.provider.awareness.getStates().entries()]) });
		}

		// The answers have the workshop in them: the search below reads what matters.
		const all = answers.map((a) => a.text).join('\n');
		for (const expected of ['Sprache und Ausbildung', 'Stille Karte 3', 'Sprachkurs mit Kinderbetreuung', 'Jobcenter', 'Weitere Institution']) {
			expect(all, expected).toContain(expected);
		}
		const state = readFacilitatorState(live[1]!.c.doc);
		expect(state.presence.institutions.map((i) => i.name)).not.toContain(SMALL_INSTITUTION);
		expect(Object.values(state.authorInstitutions ?? {})).toContain('Jobcenter');

		const ids = stored(workshop.id).map((row) => row.id);
		expect(ids).toHaveLength(PEOPLE.length);
		const leaks: string[] = [];
		for (const answer of answers) {
			for (const p of people) {
				if (answer.self !== p && answer.text.includes(p.name)) leaks.push(`${answer.who} ${answer.what}: name ${p.name}`);
			}
			for (const id of ids) if (answer.text.includes(id)) leaks.push(`${answer.who} ${answer.what}: participant id ${id}`);
			if (answer.text.includes(SMALL_INSTITUTION)) leaks.push(`${answer.who} ${answer.what}: ${SMALL_INSTITUTION}`);
		}
		expect(leaks).toEqual([]);
		expect(answers.length).toBeGreaterThan(60);
	});
});
