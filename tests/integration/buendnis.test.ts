import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { workshopWithActions as baseWorkshopWithActions, type PlannedAction } from '../helpers/workshop-actions.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let anna: Facilitator;
let other: Facilitator;

beforeAll(async () => {
	server = await startServer();
	anna = await facilitator(server, 'Anna');
	other = await facilitator(server, 'Fremde Moderation');
});

afterAll(async () => {
	await server.stop();
	removeDataDir(server.dataDir);
});

const workshopWithActions = (title: string, actions: readonly PlannedAction[]) =>
	baseWorkshopWithActions(server, anna.token, title, actions);

describe('a Bündnis', () => {
	it('holds workshops and shows their Maßnahmen as one plan, filtered by workshop, Thema, institution, status and overdue', async () => {
		const created = await api(server, 'POST', '/api/buendnisse', {
			token: anna.token,
			body: { name: 'Bündnis Musterstadt', municipality: 'Musterstadt', members: ['Jobcenter', ' Ausländerbehörde ', '', 'Jobcenter'] }
		});
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ name: 'Bündnis Musterstadt', members: ['Jobcenter', 'Ausländerbehörde'], workshops: [] });
		const id = created.body.id as string;

		const starter = await workshopWithActions('STARTER Musterstadt', [
			{ title: 'Sprachcafé im Jugendzentrum', thema: 'Sprache', owner: 'VHS', due: '2020-03-01' },
			{ title: 'Kita-Plätze für Kursmütter', thema: 'Kinderbetreuung', owner: 'Jugendamt', due: '2099-01-31' }
		]);
		const follow = await workshopWithActions('Folgetreffen Frühjahr', [
			{ title: 'Praktikumsbörse', thema: 'sprache', owner: 'Jobcenter', due: null }
		]);
		const alone = await workshopWithActions('Workshop ohne Bündnis', [{ title: 'Nicht im Plan', thema: 'Sprache', owner: 'VHS', due: null }]);
		for (const w of [starter, follow]) {
			const moved = await api(server, 'PUT', `/api/workshops/${w.id}/buendnis`, { token: anna.token, body: { buendnisId: id } });
			expect(moved.status).toBe(200);
		}

		const plan = (query = '') => api(server, 'GET', `/api/buendnisse/${id}/actions${query}`, { token: anna.token });
		const titles = async (query = '') => ((await plan(query)).body.actions as { title: string }[]).map((a) => a.title);
		expect(await titles()).toEqual(['Sprachcafé im Jugendzentrum', 'Kita-Plätze für Kursmütter', 'Praktikumsbörse']);
		expect(await titles(`?workshop=${follow.id}`)).toEqual(['Praktikumsbörse']);
		expect(await titles('?thema=Sprache')).toEqual(['Sprachcafé im Jugendzentrum', 'Praktikumsbörse']);
		expect(await titles('?institution=jugendamt')).toEqual(['Kita-Plätze für Kursmütter']);
		expect(await titles('?status=done')).toEqual([]);
		expect(await titles('?overdue=1')).toEqual(['Sprachcafé im Jugendzentrum']);
		const full = await plan();
		expect(full.body.actions[0]).toMatchObject({ workshopTitle: 'STARTER Musterstadt', thema: 'Sprache', overdue: true });
		const stalled = await plan('?status=stalled');
		expect(stalled.status).toBe(400);
		expect(stalled.body.error.fields).toEqual({ status: 'unknown' });

		const read = await api(server, 'GET', `/api/buendnisse/${id}`, { token: anna.token });
		expect(read.body.workshops.map((w: { title: string }) => w.title).sort()).toEqual(['Folgetreffen Frühjahr', 'STARTER Musterstadt']);
		expect((await api(server, 'GET', `/api/workshops/${alone.id}`, { token: anna.token })).status).toBe(200);

		// Out again: the workshop goes on on its own, the plan no longer shows it.
		expect((await api(server, 'PUT', `/api/workshops/${follow.id}/buendnis`, { token: anna.token, body: { buendnisId: null } })).status).toBe(200);
		expect(await titles()).toEqual(['Sprachcafé im Jugendzentrum', 'Kita-Plätze für Kursmütter']);

		// The page shows the same plan, filtered by the same query, without scripts.
		const page = await fetch(`${server.url}/buendnis/${id}?overdue=1`, { headers: { authorization: `Bearer ${anna.token}` } });
		const html = await page.text();
		expect(page.status).toBe(200);
		expect(html).toContain('Sprachcafé im Jugendzentrum');
		expect(html).not.toContain('Kita-Plätze für Kursmütter');
		expect(html).toContain('überfällig');
		const dashboard = await (await fetch(`${server.url}/`, { headers: { authorization: `Bearer ${anna.token}` } })).text();
		expect(dashboard).toContain(`/buendnis/${id}`);
	});

	it('is for its facilitators only, and a workshop goes only into a Bündnis its facilitator works on', async () => {
		const created = await api(server, 'POST', '/api/buendnisse', { token: anna.token, body: { name: 'Kreisbündnis' } });
		const id = created.body.id as string;
		const workshop = await createWorkshop(server, anna.token);
		const participant = await join(server, workshop.joinCode, {});
		const theirs = await createWorkshop(server, other.token);

		expect((await api(server, 'GET', `/api/buendnisse/${id}`)).status).toBe(401);
		expect((await api(server, 'GET', `/api/buendnisse/${id}`, { token: participant.token })).status).toBe(403);
		expect((await api(server, 'GET', `/api/buendnisse/${id}`, { token: other.token })).status).toBe(403);
		expect((await api(server, 'GET', `/api/buendnisse/${id}/actions`, { token: other.token })).status).toBe(403);
		expect((await api(server, 'PATCH', `/api/buendnisse/${id}`, { token: other.token, body: { name: 'Übernommen' } })).status).toBe(403);
		expect((await api(server, 'GET', '/api/buendnisse/nope', { token: anna.token })).status).toBe(404);
		expect((await api(server, 'GET', '/api/buendnisse', { token: other.token })).body.buendnisse).toEqual([]);

		const into = (workshopId: string, token: string, buendnisId: unknown) =>
			api(server, 'PUT', `/api/workshops/${workshopId}/buendnis`, { token, body: { buendnisId } });
		expect((await into(theirs.id, other.token, id)).status).toBe(403);
		expect((await into(workshop.id, other.token, id)).status).toBe(403);
		expect((await into(workshop.id, participant.token, id)).status).toBe(403);
		expect((await into(workshop.id, anna.token, 'unknown-buendnis')).status).toBe(404);
		expect((await into(workshop.id, anna.token, 42)).status).toBe(400);
		expect((await api(server, 'GET', `/api/buendnisse/${id}`, { token: anna.token })).body.workshops).toEqual([]);
		const page = await fetch(`${server.url}/buendnis/${id}`, { headers: { authorization: `Bearer ${other.token}` }, redirect: 'manual' });
		expect(page.status).toBe(403);
	});

	it('refuses a nameless or oversized Bündnis with the field named, and keeps the old one on a bad edit', async () => {
		const bad = await api(server, 'POST', '/api/buendnisse', { token: anna.token, body: { name: '  ', members: ['x'.repeat(61)] } });
		expect(bad.status).toBe(400);
		expect(bad.body.error.fields).toEqual({ name: 'required', members: 'too_long' });
		const created = await api(server, 'POST', '/api/buendnisse', { token: anna.token, body: { name: 'Alt' } });
		const edit = await api(server, 'PATCH', `/api/buendnisse/${created.body.id}`, { token: anna.token, body: { name: '' } });
		expect(edit.status).toBe(400);
		expect((await api(server, 'GET', `/api/buendnisse/${created.body.id}`, { token: anna.token })).body.name).toBe('Alt');
		expect((await api(server, 'POST', '/api/buendnisse', { token: anna.token, raw: '{"name":' , headers: { 'content-type': 'application/json' } })).status).toBe(400);
	});
});
