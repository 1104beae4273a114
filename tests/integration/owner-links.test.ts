import { describe, expect, it } from 'vitest';
import { updateAction } from '../../src/lib/board/actions.ts';
import { getAction, listActions } from '../../src/lib/board/selectors.ts';
import { api, facilitator, join } from '../helpers/api.ts';
import { connect, synced } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { useServerWithFacilitator } from '../helpers/use-server.ts';
import { workshopWithActions } from '../helpers/workshop-actions.ts';

/**
 * Links for a Maßnahme's Verantwortliche: they open that institution's Maßnahmen (across the
 * Bündnis), change status, Stand and Frist and nothing else, land in the history with the
 * institution, and are live on open boards.
 */

const given = useServerWithFacilitator();

async function actionIds(workshopId: string): Promise<Record<string, string>> {
	const link = await api(given.server, 'POST', `/api/workshops/${workshopId}/share-links`, { token: given.facilitator.token, body: {} });
	const plan = await api(given.server, 'GET', `/api/plan/${link.body.token}`);
	return Object.fromEntries(plan.body.items.map((i: { title: string; id: string }) => [i.title, i.id]));
}

async function ownerLink(workshopId: string, actionId: string) {
	return api(given.server, 'POST', `/api/workshops/${workshopId}/owner-links`, { token: given.facilitator.token, body: { actionId } });
}

describe('a link for the Verantwortliche', () => {
	it('opens its institution’s Maßnahmen across the Bündnis, and changes status, Stand and Frist only', async () => {
		const buendnis = await api(given.server, 'POST', '/api/buendnisse', { token: given.facilitator.token, body: { name: 'Bündnis Musterstadt' } });
		const starter = await workshopWithActions(given.server, given.facilitator.token, 'STARTER Musterstadt', [
			{ title: 'Sprachcafé', thema: 'Sprache', owner: 'VHS Musterstadt', due: '2027-02-01' },
			{ title: 'Praktikumsbörse', thema: 'Praxis', owner: 'Jobcenter', due: null },
			{ title: 'Ohne Verantwortliche', thema: 'Sonstiges', owner: '', due: null }
		]);
		const follow = await workshopWithActions(given.server, given.facilitator.token, 'Folgetreffen Juni', [
			{ title: 'Abendkurs B1', thema: 'Sprache', owner: ' vhs  musterstadt ', due: '2027-01-10' }
		]);
		const alone = await workshopWithActions(given.server, given.facilitator.token, 'Anderswo', [{ title: 'Fremder Kurs', thema: 'Sprache', owner: 'VHS Musterstadt', due: null }]);
		for (const w of [starter, follow]) {
			expect((await api(given.server, 'PUT', `/api/workshops/${w.id}/buendnis`, { token: given.facilitator.token, body: { buendnisId: buendnis.body.id } })).status).toBe(200);
		}
		const ids = { ...(await actionIds(starter.id)), ...(await actionIds(follow.id)) };

		expect((await ownerLink(starter.id, ids['Ohne Verantwortliche']!)).body.error.fields).toEqual({ owner: 'required' });
		expect((await ownerLink(starter.id, 'nope')).status).toBe(404);
		expect((await ownerLink(starter.id, '')).status).toBe(400);
		const created = await ownerLink(starter.id, ids['Sprachcafé']!);
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ owner: 'VHS Musterstadt', url: `${given.server.url}/v/${created.body.token}` });
		const token = created.body.token as string;

		// Its own Maßnahme first, then the other of the same institution; not the Jobcenter's, not another Bündnis'.
		const opened = await api(given.server, 'GET', `/api/owner/${token}`);
		expect(opened.body.owner).toBe('VHS Musterstadt');
		expect(opened.body.items.map((i: { title: string; workshopTitle: string }) => [i.title, i.workshopTitle])).toEqual([
			['Sprachcafé', 'STARTER Musterstadt'],
			['Abendkurs B1', 'Folgetreffen Juni']
		]);

		// A board open on the Folgetreffen sees the owner's change at once.
		const board = connect(given.server, follow.id, given.facilitator.token);
		await synced(board);
		const patch = (actionId: string, body: unknown) => api(given.server, 'PATCH', `/api/owner/${token}/actions/${actionId}`, { body });
		const kurs = ids['Abendkurs B1']!;
		expect((await patch(kurs, { status: 'stuck' })).body.error.fields).toEqual({ statusNote: 'required' });
		expect((await patch(kurs, { status: 'stuck', statusNote: 'Kursleitung fehlt', due: '2027-04-30' })).status).toBe(200);
		await eventually(() => expect(getAction(board.doc, kurs)).toMatchObject({ status: 'stuck', statusNote: 'Kursleitung fehlt', due: '2027-04-30' }));
		board.destroy();

		// Nothing but status, Stand and Frist; nothing outside its institution.
		for (const body of [{ title: 'Umbenannt' }, { owner: 'Jobcenter' }, { status: 'done', notes: 'x' }]) {
			expect((await patch(kurs, body)).status, JSON.stringify(body)).toBe(400);
		}
		expect((await patch(kurs, { due: '31.04.2027' })).body.error.fields).toEqual({ due: 'invalid' });
		expect((await patch(ids['Praktikumsbörse']!, { status: 'done' })).status).toBe(404);
		const others = await actionIds(alone.id);
		expect((await patch(others['Fremder Kurs']!, { status: 'done' })).status).toBe(404);

		const after = (await api(given.server, 'GET', `/api/owner/${token}`)).body.items[1];
		expect(after).toMatchObject({ title: 'Abendkurs B1', status: 'stuck', statusNote: 'Kursleitung fehlt', due: '2027-04-30' });
		expect(after.history).toEqual([
			expect.objectContaining({ actor: { kind: 'owner', owner: 'VHS Musterstadt' }, from: 'open', to: 'stuck', note: 'Kursleitung fehlt' })
		]);
		expect(JSON.stringify(opened.body)).not.toContain('Jobcenter');
	});

	it('lets go of a Maßnahme given to another institution, and stops working once revoked', async () => {
		const workshop = await workshopWithActions(given.server, given.facilitator.token, 'STARTER', [{ title: 'Sprachcafé', thema: 'Sprache', owner: 'VHS', due: null }]);
		const ids = await actionIds(workshop.id);
		const created = await ownerLink(workshop.id, ids['Sprachcafé']!);
		const token = created.body.token as string;
		const page = await fetch(`${given.server.url}/v/${token}`);
		expect(page.status).toBe(200);
		expect(page.headers.get('x-robots-tag')).toBe('noindex');
		expect(await page.text()).toContain('Maßnahmen für VHS');

		const board = connect(given.server, workshop.id, given.facilitator.token);
		await synced(board);
		const [action] = listActions(board.doc);
		expect(updateAction(board.doc, action!.id, { owner: 'Jugendamt' }).ok).toBe(true);
		await eventually(async () => expect((await api(given.server, 'GET', `/api/owner/${token}`)).body.items).toEqual([]));
		expect((await api(given.server, 'PATCH', `/api/owner/${token}/actions/${action!.id}`, { body: { status: 'done' } })).status).toBe(404);
		board.destroy();

		const participant = await join(given.server, workshop.joinCode);
		expect((await api(given.server, 'POST', `/api/workshops/${workshop.id}/owner-links`, { token: participant.token, body: { actionId: action!.id } })).status).toBe(403);
		const other = await facilitator(given.server, 'Fremd');
		expect((await api(given.server, 'DELETE', `/api/workshops/${workshop.id}/owner-links/${created.body.id}`, { token: other.token })).status).toBe(403);
		expect((await api(given.server, 'DELETE', `/api/workshops/${workshop.id}/owner-links/${created.body.id}`, { token: given.facilitator.token })).status).toBe(204);
		expect((await api(given.server, 'DELETE', `/api/workshops/${workshop.id}/owner-links/${created.body.id}`, { token: given.facilitator.token })).status).toBe(404);
		expect((await api(given.server, 'GET', `/api/owner/${token}`)).status).toBe(404);
		expect((await fetch(`${given.server.url}/v/${token}`)).status).toBe(404);
		const list = await api(given.server, 'GET', `/api/workshops/${workshop.id}/owner-links`, { token: given.facilitator.token });
		expect(list.body.links).toEqual([expect.objectContaining({ id: created.body.id, owner: 'VHS', revokedAt: expect.any(String) })]);
		expect(JSON.stringify(list.body)).not.toContain(token);
		// The link is no session.
		expect((await api(given.server, 'GET', `/api/workshops/${workshop.id}`, { token })).status).toBe(401);
	});
});
