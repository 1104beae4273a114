import { describe, expect, it } from 'vitest';
import { api, facilitator } from '../helpers/api.ts';
import { useServerWithFacilitator } from '../helpers/use-server.ts';
import { workshopWithActions } from '../helpers/workshop-actions.ts';

const given = useServerWithFacilitator();

const feed = async (url: string) => {
	const res = await fetch(url);
	return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
};

describe('the calendar feed of a Bündnis', () => {
	it('lists every Frist of its workshops, stays current, and stops when replaced or revoked', async () => {
		const buendnis = (await api(given.server, 'POST', '/api/buendnisse', { token: given.facilitator.token, body: { name: 'Bündnis Musterstadt' } })).body.id;
		const starter = await workshopWithActions(given.server, given.facilitator.token, 'STARTER', [
			{ title: 'Sprachcafé', thema: 'Sprache', owner: 'VHS', due: '2027-02-01' },
			{ title: 'Ohne Frist', thema: 'Sprache', owner: 'VHS', due: null }
		]);
		const follow = await workshopWithActions(given.server, given.facilitator.token, 'Folgetreffen', [{ title: 'Praktikumsbörse', thema: 'Praxis', owner: 'IHK', due: '2027-05-31' }]);
		await workshopWithActions(given.server, given.facilitator.token, 'Anderswo', [{ title: 'Nicht im Bündnis', thema: 'Praxis', owner: 'IHK', due: '2027-05-31' }]);
		for (const w of [starter, follow]) await api(given.server, 'PUT', `/api/workshops/${w.id}/buendnis`, { token: given.facilitator.token, body: { buendnisId: buendnis } });

		const created = await api(given.server, 'POST', `/api/buendnisse/${buendnis}/calendar-feed`, { token: given.facilitator.token });
		expect(created.status).toBe(201);
		expect(created.body.url).toBe(`${given.server.url}/b/${created.body.token}/calendar.ics`);
		const first = await feed(created.body.url);
		expect(first).toMatchObject({ status: 200, type: 'text/calendar; charset=utf-8' });
		expect(first.text).toContain('X-WR-CALNAME:Maßnahmen: Bündnis Musterstadt');
		expect(first.text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
		expect(first.text).toContain('SUMMARY:Sprachcafé');
		expect(first.text).toContain('DTSTART;VALUE=DATE:20270531');
		expect(first.text).not.toContain('Nicht im Bündnis');
		expect((await feed(`${created.body.url}?lang=en`)).text).toContain('Owner: IHK');

		// A new Frist shows at the next poll.
		const share = await api(given.server, 'POST', `/api/workshops/${starter.id}/share-links`, { token: given.facilitator.token, body: {} });
		const [item] = (await api(given.server, 'GET', `/api/plan/${share.body.token}`)).body.items;
		await api(given.server, 'PATCH', `/api/plan/${share.body.token}/actions/${item.id}`, { body: { due: '2027-03-15' } });
		expect((await feed(created.body.url)).text).toContain('DTSTART;VALUE=DATE:20270315');

		const other = await facilitator(given.server, 'Fremd');
		expect((await api(given.server, 'POST', `/api/buendnisse/${buendnis}/calendar-feed`, { token: other.token })).status).toBe(403);
		const replaced = await api(given.server, 'POST', `/api/buendnisse/${buendnis}/calendar-feed`, { token: given.facilitator.token });
		expect((await feed(created.body.url)).status).toBe(404);
		expect((await feed(replaced.body.url)).status).toBe(200);
		expect((await api(given.server, 'DELETE', `/api/buendnisse/${buendnis}/calendar-feed`, { token: given.facilitator.token })).status).toBe(204);
		expect((await feed(replaced.body.url)).status).toBe(404);
		expect((await feed(`${given.server.url}/b/not-a-token/calendar.ics`)).status).toBe(404);
	});
});
