import { beforeAll, describe, expect, it } from 'vitest';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import type { RunningServer } from '../helpers/server.ts';
import { useServer } from '../helpers/use-server.ts';
import { workshopWithActions } from '../helpers/workshop-actions.ts';

/**
 * A Folgetreffen: a workshop of template `folgetreffen`, only inside a Bündnis, that starts with
 * the Rückblick on the Bündnis' open Maßnahmen and sets their status on their own workshops' boards.
 */

const running = useServer();
let server: RunningServer;
let anna: Facilitator;
let other: Facilitator;

beforeAll(async () => {
	server = running.current;
	anna = await facilitator(server, 'Anna Moderation');
	other = await facilitator(server, 'Fremde Moderation');
});

async function buendnis(owner: Facilitator, name: string): Promise<string> {
	const created = await api(server, 'POST', '/api/buendnisse', { token: owner.token, body: { name, members: ['Jobcenter'] } });
	expect(created.status).toBe(201);
	return created.body.id;
}

async function moveInto(workshopId: string, buendnisId: string | null): Promise<void> {
	const moved = await api(server, 'PUT', `/api/workshops/${workshopId}/buendnis`, { token: anna.token, body: { buendnisId } });
	expect(moved.status).toBe(200);
}

/** A Bündnis whose STARTER workshop has three Maßnahmen, one of them done already. */
async function buendnisWithStarter() {
	const id = await buendnis(anna, 'Bündnis Musterstadt');
	const starter = await workshopWithActions(server, anna.token, 'STARTER Musterstadt', [
		{ title: 'Sprachcafé im Jugendzentrum', thema: 'Sprache', owner: 'VHS', due: '2027-01-15' },
		{ title: 'Kita-Plätze für Kursmütter', thema: 'Kinderbetreuung', owner: 'Jugendamt', due: '2027-03-31' },
		{ title: 'Infoabend Ausbildung', thema: 'Schule & Ausbildung', owner: 'IHK', due: '2026-11-30' }
	]);
	await moveInto(starter.id, id);
	const link = await api(server, 'POST', `/api/workshops/${starter.id}/share-links`, { token: anna.token, body: { label: 'Kerngruppe' } });
	const items = (await api(server, 'GET', `/api/plan/${link.body.token}`)).body.items as { id: string; title: string }[];
	const done = items.find((item) => item.title === 'Infoabend Ausbildung')!;
	expect((await api(server, 'PATCH', `/api/plan/${link.body.token}/actions/${done.id}`, { body: { status: 'done' } })).status).toBe(200);
	return { id, starter, linkToken: link.body.token as string, items };
}

const review = (workshopId: string, body: unknown, token = anna.token) =>
	api(server, 'POST', `/api/workshops/${workshopId}/review`, { token, body });

describe('a Folgetreffen', () => {
	it('exists only in a Bündnis its facilitator works on, and has the Rückblick instead of Ankommen', async () => {
		const own = await buendnis(anna, 'Bündnis Anna');
		const foreign = await buendnis(other, 'Bündnis Fremd');
		const attempt = (body: object) => api(server, 'POST', '/api/workshops', { token: anna.token, body: { title: 'Folgetreffen', template: 'folgetreffen', ...body } });

		expect((await attempt({})).body.error.fields).toEqual({ buendnisId: 'required' });
		expect((await attempt({ buendnisId: foreign })).body.error.fields).toEqual({ buendnisId: 'not_found' });
		expect((await attempt({ buendnisId: 'nope' })).body.error.fields).toEqual({ buendnisId: 'not_found' });
		expect((await attempt({ buendnisId: 42 })).status).toBe(400);

		const created = await attempt({ buendnisId: own });
		expect(created.status).toBe(201);
		const shown = await api(server, 'GET', `/api/buendnisse/${own}`, { token: anna.token });
		expect(shown.body.workshops.map((w: { id: string }) => w.id)).toEqual([created.body.id]);

		const phase = (id: string, name: string) => api(server, 'POST', `/api/workshops/${id}/phase`, { token: anna.token, body: { phase: name } });
		const started = await review(created.body.id, { action: 'start' });
		expect(started.body).toMatchObject({ phase: 'rueckblick', review: { items: [], current: 0 } });
		expect((await phase(created.body.id, 'ankommen')).body.error.fields).toEqual({ phase: 'unknown' });
		expect((await phase(created.body.id, 'sammeln')).body.phase).toBe('sammeln');

		// A STARTER workshop keeps its phases and has nothing to review.
		const starter = await createWorkshop(server, anna.token, { title: 'STARTER' });
		expect((await phase(starter.id, 'rueckblick')).status).toBe(400);
		expect((await review(starter.id, { action: 'start' })).status).toBe(409);
		// Straight into a Bündnis works for a STARTER workshop too.
		const placed = await api(server, 'POST', '/api/workshops', { token: anna.token, body: { title: 'STARTER 2', buendnisId: own } });
		expect(placed.status).toBe(201);
	});

	it('reviews the open Maßnahmen one at a time and writes each status to its own workshop', async () => {
		const { id, starter, linkToken, items } = await buendnisWithStarter();
		const follow = await createWorkshop(server, anna.token, { title: 'Folgetreffen März', template: 'folgetreffen', buendnisId: id });

		const started = await review(follow.id, { action: 'start' });
		expect(started.status).toBe(200);
		expect(started.body.review.items.map((i: { title: string }) => i.title)).toEqual(['Sprachcafé im Jugendzentrum', 'Kita-Plätze für Kursmütter']);
		expect(started.body.review.items[0]).toEqual({
			workshopId: starter.id,
			workshopTitle: 'STARTER Musterstadt',
			actionId: items.find((i) => i.title === 'Sprachcafé im Jugendzentrum')!.id,
			title: 'Sprachcafé im Jugendzentrum',
			thema: 'Sprache',
			owner: 'VHS',
			due: '2027-01-15',
			status: 'open',
			statusNote: ''
		});
		expect((await review(follow.id, { action: 'show', index: 1 })).body.review.current).toBe(1);
		expect((await review(follow.id, { action: 'show', index: 2 })).body.error.fields).toEqual({ index: 'invalid' });

		const kita = started.body.review.items[1];
		const target = { workshopId: kita.workshopId, actionId: kita.actionId };
		const blank = await review(follow.id, { action: 'status', ...target, status: 'stuck' });
		expect(blank.status).toBe(400);
		expect(blank.body.error.fields).toEqual({ statusNote: 'required' });
		const stuck = await review(follow.id, { action: 'status', ...target, status: 'stuck', statusNote: 'Keine Erzieherin gefunden' });
		expect(stuck.status).toBe(200);
		expect(stuck.body.review).toMatchObject({ current: 1, items: [{ status: 'open' }, { status: 'stuck', statusNote: 'Keine Erzieherin gefunden' }] });

		// It happened on the STARTER workshop's board: its history names the facilitator.
		const plan = await api(server, 'GET', `/api/plan/${linkToken}`);
		const changed = plan.body.items.find((i: { id: string }) => i.id === kita.actionId);
		expect(changed).toMatchObject({ status: 'stuck', statusNote: 'Keine Erzieherin gefunden' });
		expect(changed.history).toEqual([
			expect.objectContaining({ actor: { kind: 'person', name: 'Anna Moderation' }, from: 'open', to: 'stuck', note: 'Keine Erzieherin gefunden' })
		]);

		// A change made meanwhile through the share link shows at the next step; done ones stay listed.
		const sprachcafe = started.body.review.items[0];
		expect((await api(server, 'PATCH', `/api/plan/${linkToken}/actions/${sprachcafe.actionId}`, { body: { status: 'done' } })).status).toBe(200);
		const back = await review(follow.id, { action: 'show', index: 0 });
		expect(back.body.review.items.map((i: { status: string }) => i.status)).toEqual(['done', 'stuck']);

		// A workshop taken out of the Bündnis leaves the Rückblick, and its Maßnahmen cannot be set from here.
		await moveInto(starter.id, null);
		const gone = await review(follow.id, { action: 'show', index: 0 });
		expect(gone.body.review).toEqual({ items: [], current: 0 });
		expect((await review(follow.id, { action: 'status', ...target, status: 'done' })).status).toBe(404);
		expect((await api(server, 'GET', `/api/plan/${linkToken}`)).body.items.find((i: { id: string }) => i.id === kita.actionId).status).toBe('stuck');
	});

	it('is run by its facilitators only, and refuses what it does not understand', async () => {
		const { id, items } = await buendnisWithStarter();
		const follow = await createWorkshop(server, anna.token, { title: 'Folgetreffen Juni', template: 'folgetreffen', buendnisId: id });
		const participant = await join(server, follow.joinCode, { name: 'Kübra', institution: 'Jobcenter' });

		expect((await review(follow.id, { action: 'show', index: 0 })).status).toBe(409);
		expect((await review(follow.id, { action: 'start' }, participant.token)).status).toBe(403);
		expect((await review(follow.id, { action: 'start' }, other.token)).status).toBe(403);
		expect((await api(server, 'POST', `/api/workshops/${follow.id}/review`, { body: { action: 'start' } })).status).toBe(401);
		expect((await review(follow.id, { action: 'start' })).status).toBe(200);

		const [first] = items;
		for (const body of [{ action: 'jump' }, { action: 'show', index: -1 }, { action: 'show', index: 0.5 }, { action: 'status', workshopId: '', actionId: first!.id, status: 'done' }]) {
			const refused = await review(follow.id, body);
			expect(refused.status, JSON.stringify(body)).toBe(400);
			expect(refused.body.error.code).toBe('invalid_input');
		}
		const bad = await review(follow.id, { action: 'status', workshopId: follow.id, actionId: first!.id, status: 'vielleicht' });
		expect(bad.body.error.fields).toEqual({ status: 'invalid' });
		// A Maßnahme the Rückblick does not show (here: of another workshop) is not found.
		expect((await review(follow.id, { action: 'status', workshopId: follow.id, actionId: first!.id, status: 'done' })).status).toBe(404);
	});
});
