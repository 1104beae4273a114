import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateAction } from '../../src/lib/board/actions.ts';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { connect, synced } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let mod: Facilitator;

beforeAll(async () => {
	server = await startServer();
	mod = await facilitator(server, 'Maria Moderation');
});

afterAll(async () => {
	await server.stop();
	removeDataDir(server.dataDir);
});

async function shareLink(workshopId: string, label = 'Kerngruppe Musterstadt') {
	const res = await api(server, 'POST', `/api/workshops/${workshopId}/share-links`, { token: mod.token, body: { label } });
	expect(res.status).toBe(201);
	return res.body as { id: string; token: string; url: string };
}

describe('the Kerngruppe share link', () => {
	it('opens the Maßnahmenplan without an account and keeps every status change in the history', async () => {
		const w = await createWorkshop(server, mod.token);
		const participant = await join(server, w.joinCode, { name: 'Kübra Öztürk', institution: 'Jobcenter' });
		// Three from the Jobcenter: enough for the history to name the institution (K = 3).
		for (const name of ['Anna', 'Ben']) await join(server, w.joinCode, { name, institution: 'Jobcenter' });
		const client = connect(server, w.id, participant.token);
		await synced(client);
		const clusterId = (() => {
			const made = createCluster(client.doc, { title: 'Kinderbetreuung' });
			if (!made.ok) throw new Error('cluster');
			return made.value;
		})();

		const link = await shareLink(w.id);
		expect(link.url).toBe(`${server.url}/m/${link.token}`);
		const created = await api(server, 'POST', `/api/plan/${link.token}/actions`, {
			body: { title: 'Kita-Plätze für Kursteilnehmende', clusterId, owner: 'Jugendamt', due: '2027-03-31' }
		});
		expect(created.status).toBe(201);
		const actionId = created.body.id;

		// A participant changes the status live, during the workshop …
		await eventually(() => expect(client.doc.getMap('actions').has(actionId)).toBe(true));
		expect(updateAction(client.doc, actionId, { status: 'in_progress' }).ok).toBe(true);
		await eventually(async () => {
			const plan = await api(server, 'GET', `/api/plan/${link.token}`);
			expect(plan.body.items[0].status).toBe('in_progress');
		});
		// … and the Kerngruppe later, through its link.
		const done = await api(server, 'PATCH', `/api/plan/${link.token}/actions/${actionId}`, {
			body: { status: 'done', notes: 'Zwei Plätze in der Kita Sonnenschein' }
		});
		expect(done.status).toBe(200);

		const plan = await api(server, 'GET', `/api/plan/${link.token}`);
		expect(plan.body.workshop.title).toBe('STARTER-Workshop Musterstadt');
		expect(plan.body.clusters).toEqual([{ id: clusterId, title: 'Kinderbetreuung' }]);
		const [item] = plan.body.items;
		expect(item).toMatchObject({ title: 'Kita-Plätze für Kursteilnehmende', status: 'done', owner: 'Jugendamt' });
		expect(item.history.map((h: { actor: unknown; from: string; to: string }) => [h.actor, h.from, h.to])).toEqual([
			[{ kind: 'participant', institution: 'Jobcenter' }, 'open', 'in_progress'],
			[{ kind: 'kerngruppe', label: 'Kerngruppe Musterstadt' }, 'in_progress', 'done']
		]);
		for (const entry of item.history) expect(Date.parse(entry.at)).toBeGreaterThan(Date.now() - 60_000);
		// Anonymous workshop: the participant's name appears nowhere in the history.
		expect(JSON.stringify(plan.body)).not.toContain('Kübra');
		client.destroy();
	});

	it('takes "stuck" only with a reason, and keeps each reason and progress note in the history', async () => {
		const w = await createWorkshop(server, mod.token);
		const link = await shareLink(w.id);
		const created = await api(server, 'POST', `/api/plan/${link.token}/actions`, { body: { title: 'Sprachcafé', status: 'in_progress' } });
		const patch = (body: object) => api(server, 'PATCH', `/api/plan/${link.token}/actions/${created.body.id}`, { body });

		const blank = await patch({ status: 'stuck' });
		expect(blank.status).toBe(400);
		expect(blank.body.error.fields).toEqual({ statusNote: 'required' });
		expect((await patch({ status: 'stuck', statusNote: 'Kein Raum frei' })).status).toBe(200);
		expect((await patch({ statusNote: 'Jugendzentrum prüft ab März' })).status).toBe(200);
		expect((await patch({ status: 'done' })).status).toBe(200);

		const [item] = (await api(server, 'GET', `/api/plan/${link.token}`)).body.items;
		expect(item).toMatchObject({ status: 'done', statusNote: '' });
		expect(item.history.map((h: { from: string; to: string; note: string }) => [h.from, h.to, h.note])).toEqual([
			['in_progress', 'stuck', 'Kein Raum frei'],
			['stuck', 'stuck', 'Jugendzentrum prüft ab März'],
			['stuck', 'done', '']
		]);
		const csv = await fetch(`${server.url}/api/workshops/${w.id}/export.csv?part=actions`, { headers: { authorization: `Bearer ${mod.token}` } });
		// A note under the same status reads as a progress report, without an arrow.
		expect(await csv.text()).toMatch(/\d: stockt \([^)]*\)\): Jugendzentrum prüft ab März/);
	});

	it('changes action items and nothing else, refuses bad input, and works after the workshop ended', async () => {
		const w = await createWorkshop(server, mod.token);
		const link = await shareLink(w.id);
		expect((await api(server, 'POST', `/api/workshops/${w.id}/end`, { token: mod.token })).status).toBe(200);

		const created = await api(server, 'POST', `/api/plan/${link.token}/actions`, { body: { title: 'Nach dem Workshop' } });
		expect(created.status).toBe(201);
		const bad = await api(server, 'PATCH', `/api/plan/${link.token}/actions/${created.body.id}`, {
			body: { status: 'vielleicht', due: '31.03.2027' }
		});
		expect(bad.status).toBe(400);
		expect(bad.body.error.code).toBe('invalid_input');
		expect((await api(server, 'PATCH', `/api/plan/${link.token}/actions/nope`, { body: { status: 'done' } })).status).toBe(404);
		expect((await api(server, 'POST', `/api/plan/${link.token}/actions`, { body: { title: '' } })).body.error.fields).toEqual({
			title: 'required'
		});

		// The link is no session: it opens nothing else.
		expect((await api(server, 'GET', `/api/workshops/${w.id}`, { token: link.token })).status).toBe(401);
		const ws = connect(server, w.id, link.token);
		await eventually(() => expect(ws.closes).toContain(4401));
		ws.destroy();
	});

	it('stops working once revoked; other facilitators cannot make or revoke links', async () => {
		const w = await createWorkshop(server, mod.token);
		const other = await facilitator(server, 'Fremd');
		expect((await api(server, 'POST', `/api/workshops/${w.id}/share-links`, { token: other.token, body: {} })).status).toBe(403);
		const link = await shareLink(w.id);
		expect((await api(server, 'DELETE', `/api/workshops/${w.id}/share-links/${link.id}`, { token: other.token })).status).toBe(403);
		expect((await api(server, 'DELETE', `/api/workshops/${w.id}/share-links/${link.id}`, { token: mod.token })).status).toBe(204);
		expect((await api(server, 'GET', `/api/plan/${link.token}`)).status).toBe(404);
		expect((await fetch(`${server.url}/m/${link.token}`)).status).toBe(404);
		const list = await api(server, 'GET', `/api/workshops/${w.id}/share-links`, { token: mod.token });
		expect(list.body.links).toEqual([expect.objectContaining({ id: link.id, revokedAt: expect.any(String) })]);
		expect(JSON.stringify(list.body)).not.toContain(link.token);
	});
});
