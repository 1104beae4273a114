import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../src/lib/board/plan-filter.ts';
import { addDays } from '../../src/lib/board/reminders.ts';
import { api, facilitator } from '../helpers/api.ts';
import { useServerWithFacilitator } from '../helpers/use-server.ts';
import { workshopWithActions } from '../helpers/workshop-actions.ts';

const given = useServerWithFacilitator();

async function download(path: string, token = given.facilitator.token) {
	const res = await fetch(`${given.server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
	return { status: res.status, type: res.headers.get('content-type'), name: res.headers.get('content-disposition'), body: new Uint8Array(await res.arrayBuffer()) };
}

describe('the Sachbericht of a Bündnis', () => {
	it('comes as PDF and CSV for a period, by default the one since the last report', async () => {
		const today = calendarDay(new Date());
		const buendnis = (await api(given.server, 'POST', '/api/buendnisse', { token: given.facilitator.token, body: { name: 'Bündnis Musterstadt' } })).body.id;
		const starter = await workshopWithActions(given.server, given.facilitator.token, 'STARTER', [{ title: 'Sprachcafé', thema: 'Sprache', owner: 'VHS', due: addDays(today, -1) }]);
		await api(given.server, 'PATCH', `/api/workshops/${starter.id}`, { token: given.facilitator.token, body: { title: 'STARTER', date: today } });
		await api(given.server, 'PUT', `/api/workshops/${starter.id}/buendnis`, { token: given.facilitator.token, body: { buendnisId: buendnis } });
		const base = `/api/buendnisse/${buendnis}/sachbericht`;

		const pdf = await download(`${base}.pdf?from=${addDays(today, -30)}&to=${today}`);
		expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' });
		expect(new TextDecoder().decode(pdf.body.slice(0, 5))).toBe('%PDF-');
		expect(pdf.name).toContain('.pdf');

		const csv = new TextDecoder().decode((await download(`${base}.csv?from=${addDays(today, -30)}&to=${today}&lang=en`)).body);
		expect(csv).toContain('Workshops in the reporting period');
		expect(csv).toMatch(/\r\nSTARTER;[^;]+;;0\r\n/);
		expect(csv).toContain('overdue;1');
		// No Angebote yet, so no Wege: said in words rather than a Sackgasse for every Thema.
		expect(csv).toContain('\r\nMeasure careers\r\nNo offer says yet what usually comes before or after it, or where it leads.\r\n');

		// The next one starts the day after: the same day here, so it is today alone.
		const next = new TextDecoder().decode((await download(`${base}.csv`)).body);
		expect(next).toContain(`Berichtszeitraum`);
		const shown = await fetch(`${given.server.url}/buendnis/${buendnis}`, { headers: { authorization: `Bearer ${given.facilitator.token}` } });
		expect(await shown.text()).toContain(`value="${today}"`);
	});

	it('refuses a period that is not one, and other facilitators', async () => {
		const buendnis = (await api(given.server, 'POST', '/api/buendnisse', { token: given.facilitator.token, body: { name: 'Bündnis B' } })).body.id;
		const base = `/api/buendnisse/${buendnis}/sachbericht`;
		const bad = await api(given.server, 'GET', `${base}.pdf?from=2027-13-01`, { token: given.facilitator.token });
		expect(bad.status).toBe(400);
		expect(bad.body.error.fields).toEqual({ from: 'invalid' });
		expect((await api(given.server, 'GET', `${base}.pdf?from=2027-05-01&to=2027-04-01`, { token: given.facilitator.token })).body.error.fields).toEqual({ to: 'before_from' });
		expect((await api(given.server, 'GET', `${base}.docx`, { token: given.facilitator.token })).status).toBe(404);
		const other = await facilitator(given.server, 'Fremd');
		expect((await download(`${base}.pdf`, other.token)).status).toBe(403);
		expect((await fetch(`${given.server.url}${base}.pdf`)).status).toBe(401);
	});
});
