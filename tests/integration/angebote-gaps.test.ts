import { describe, expect, it } from 'vitest';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { readFacilitatorState } from '../../src/lib/board/facilitator-state.ts';
import { api, createWorkshop, facilitator, join } from '../helpers/api.ts';
import { germanExcelCsv, uploadAngebote } from '../helpers/angebote-list.ts';
import { value } from '../helpers/board.ts';
import { connect, processed, synced } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { useServerWithFacilitator } from '../helpers/use-server.ts';

const given = useServerWithFacilitator();

/** A workshop of the Bündnis whose wall has these Themen, written over the real websocket. */
async function wall(buendnisId: string, title: string, date: string, themen: string[]) {
	const workshop = await createWorkshop(given.server, given.facilitator.token, { title, buendnisId });
	await api(given.server, 'PATCH', `/api/workshops/${workshop.id}`, { token: given.facilitator.token, body: { title, date } });
	const client = connect(given.server, workshop.id, given.facilitator.token);
	await synced(client);
	for (const thema of themen) value(createCluster(client.doc, { title: thema }));
	await processed(client);
	client.destroy();
	return workshop;
}

describe('a Maßnahme made from a Lücke', () => {
	it('goes on the newest wall with the Thema, keeps the Lücke, and shows in the matrix, the plan and the Ergebnisprotokoll', async () => {
		const token = given.facilitator.token;
		const buendnis = (await api(given.server, 'POST', '/api/buendnisse', { token, body: { name: 'Bündnis Lücken' } })).body.id as string;
		await wall(buendnis, 'STARTER', '2027-01-15', ['Sprache', 'Wohnen']);
		const later = await wall(buendnis, 'Folgetreffen', '2027-04-15', ['wohnen']);
		await uploadAngebote(given.server, token, buendnis, germanExcelCsv([['Sprachkurs', 'VHS', 'ja', 'Sprache']], ['Titel', 'Träger', 'Duldung', 'Themen']));

		const made = await api(given.server, 'POST', `/api/buendnisse/${buendnis}/gaps`, { token, body: { thema: 'Wohnen', status: 'duldung', title: 'Wohnungsbörse', owner: 'Caritas', due: '2027-06-30' } });
		expect(made.status).toBe(201);
		expect(made.body.workshopId).toBe(later.id);

		const gaps = (await api(given.server, 'GET', `/api/buendnisse/${buendnis}/gaps`, { token })).body.gaps;
		expect(gaps.map((row: { thema: string }) => row.thema)).toEqual(['Sprache', 'Wohnen']);
		expect(gaps[0].cells.duldung).toMatchObject({ ja: 1, actions: [] });
		expect(gaps[1].cells.duldung).toMatchObject({ ja: 0, actions: [{ id: made.body.actionId, title: 'Wohnungsbörse', status: 'open', workshopId: later.id }] });
		expect(gaps[1].cells.gestattung.actions).toEqual([]);

		const plan = (await api(given.server, 'GET', `/api/buendnisse/${buendnis}/actions`, { token })).body.actions;
		expect(plan).toEqual([expect.objectContaining({ title: 'Wohnungsbörse', thema: 'wohnen', owner: 'Caritas', due: '2027-06-30', gap: { thema: 'wohnen', status: 'duldung' } })]);

		const protocol = await fetch(`${given.server.url}/api/workshops/${later.id}/export.md`, { headers: { authorization: `Bearer ${token}` } });
		const markdown = await protocol.text();
		expect(markdown).toContain('## Angebote und Lücken');
		expect(markdown).toContain('Aus der Lücke: wohnen – Duldung');
		expect(markdown).toContain('Maßnahme: Wohnungsbörse (offen)');
	});

	it('is refused for a Thema no wall has, a status that is none, a blank title and other facilitators', async () => {
		const token = given.facilitator.token;
		const buendnis = (await api(given.server, 'POST', '/api/buendnisse', { token, body: { name: 'Bündnis B' } })).body.id as string;
		await wall(buendnis, 'STARTER', '2027-01-15', ['Wohnen']);
		const post = (body: object, as = token) => api(given.server, 'POST', `/api/buendnisse/${buendnis}/gaps`, { token: as, body });
		expect((await post({ thema: 'Mobilität', status: 'duldung', title: 'Busticket' })).status).toBe(404);
		expect((await post({ thema: 'Wohnen', status: 'visum', title: 'Busticket' })).body.error.fields).toEqual({ status: 'invalid' });
		expect((await post({ thema: 'Wohnen', status: 'duldung', title: '  ' })).body.error.fields).toEqual({ title: 'required' });
		expect((await post({ thema: 'Wohnen', status: 'duldung', title: 'Ok', due: '2027-02-30' })).body.error.fields).toEqual({ due: 'invalid' });
		const other = await facilitator(given.server, 'Fremd');
		expect((await post({ thema: 'Wohnen', status: 'duldung', title: 'Ok' }, other.token)).status).toBe(403);
		expect((await api(given.server, 'GET', `/api/buendnisse/${buendnis}/actions`, { token })).body.actions).toEqual([]);
	});
});

describe('the Maßnahme-Karrieren of a Bündnis', () => {
	it('follows the Angebote named before and after, flags a loop and a Sackgasse, names the unknown, and shows it on the page', async () => {
		const token = given.facilitator.token;
		const buendnis = (await api(given.server, 'POST', '/api/buendnisse', { token, body: { name: 'Bündnis Karrieren' } })).body.id as string;
		await wall(buendnis, 'STARTER', '2027-01-15', ['Sprache', 'Freizeit', 'Wohnen']);
		const headers = ['Titel', 'Träger', 'Themen', 'Kommt meist davor', 'Kommt meist danach', 'Führt zu'];
		const list = [
			['Integrationskurs', 'VHS', 'Sprache', '', 'Jugendintegrationskurs', ''],
			['Jugendintegrationskurs', 'VHS', 'Sprache', '', 'integrationskurs; Berufssprachkurs', ''],
			['Berufssprachkurs', 'BAMF', 'Sprache', '', 'Einstiegsqualifizierung', ''],
			['Einstiegsqualifizierung', 'IHK', 'Ausbildung', '', '', 'Ausbildung'],
			['Sprachcafé', 'Caritas', 'Freizeit', '', 'Jugendzentrum Nord', '']
		];
		expect((await uploadAngebote(given.server, token, buendnis, germanExcelCsv(list, headers))).status).toBe(201);

		const res = await api(given.server, 'GET', `/api/buendnisse/${buendnis}/chains`, { token });
		expect(res.status).toBe(200);
		expect(res.body).toEqual({
			themen: [
				{
					thema: 'Sprache',
					chains: [{ angebote: ['Integrationskurs', 'Jugendintegrationskurs', 'Berufssprachkurs', 'Einstiegsqualifizierung'], outcome: 'ausbildung' }],
					alone: [],
					loops: [['Integrationskurs', 'Jugendintegrationskurs', 'Integrationskurs']],
					deadEnd: false
				},
				{ thema: 'Freizeit', chains: [], alone: ['Sprachcafé'], loops: [], deadEnd: true },
				{ thema: 'Wohnen', chains: [], alone: [], loops: [], deadEnd: false }
			],
			unknown: [{ angebot: 'Sprachcafé', field: 'after', name: 'Jugendzentrum Nord' }],
			complete: true,
			described: true
		});

		const page = await (await fetch(`${given.server.url}/buendnis/${buendnis}/angebote`, { headers: { authorization: `Bearer ${token}` } })).text();
		// Each title of a chain is isolated on its own; the text reads as the chain.
		const shown = page.replace(/<[^>]*>/g, '');
		expect(shown).toContain('Integrationskurs → Jugendintegrationskurs → Berufssprachkurs → Einstiegsqualifizierung – führt in Ausbildung');
		expect(shown).toContain('Integrationskurs → Jugendintegrationskurs → Integrationskurs');
		expect(page).toContain('<bdi>Einstiegsqualifizierung</bdi>');
		expect(page).toContain('Keine Kette dieses Themas führt in Ausbildung oder Arbeit.');
		expect(page).toContain('„Jugendzentrum Nord“ (nach „Sprachcafé“) ist kein Angebot der Liste.');

		const stranger = await facilitator(given.server, 'Fremde Moderation');
		expect((await api(given.server, 'GET', `/api/buendnisse/${buendnis}/chains`, { token: stranger.token })).status).toBe(403);
	});
});

describe('the Lückenanalyse on the Beamer and the boards', () => {
	it('reaches every board as counts when the Moderation puts it in the spotlight, read anew each time, never with a contact', async () => {
		const token = given.facilitator.token;
		const buendnis = (await api(given.server, 'POST', '/api/buendnisse', { token, body: { name: 'Bündnis Beamer' } })).body.id as string;
		const workshop = await wall(buendnis, 'STARTER', '2027-01-15', ['Sprache', 'Wohnen']);
		const list = (rows: string[][]) => germanExcelCsv(rows, ['Titel', 'Träger', 'Duldung', 'Themen', 'Ansprechperson']);
		await uploadAngebote(given.server, token, buendnis, list([['Sprachkurs', 'VHS', 'ja', 'Sprache', 'kaya@vhs.example']]));
		await api(given.server, 'POST', `/api/buendnisse/${buendnis}/gaps`, { token, body: { thema: 'Wohnen', status: 'duldung', title: 'Wohnungsbörse' } });

		const participant = await join(given.server, workshop.joinCode);
		const state = connect(given.server, `${workshop.id}/state`, participant.token);
		await synced(state);
		const spotlight = (body: unknown, as = token) => api(given.server, 'POST', `/api/workshops/${workshop.id}/spotlight`, { token: as, body });

		expect((await spotlight({ spotlight: { kind: 'gaps' } }, participant.token)).status).toBe(403);
		const shown = await spotlight({ spotlight: { kind: 'gaps' } });
		expect(shown.status).toBe(200);
		await eventually(() => expect(readFacilitatorState(state.doc).spotlight).toEqual({ kind: 'gaps' }));
		const first = readFacilitatorState(state.doc).gaps!;
		expect(first.rows.map((row) => [row.thema, row.cells.duldung])).toEqual([
			['Sprache', { ja: 1, unklar: 0, actions: [] }],
			['Wohnen', { ja: 0, unklar: 0, actions: [{ title: 'Wohnungsbörse', status: 'open' }] }]
		]);
		expect(JSON.stringify(state.doc.getMap('state').toJSON())).not.toContain('kaya@vhs.example');

		// A new Angebot changes nothing on the boards until the Moderation shows the matrix again.
		await uploadAngebote(given.server, token, buendnis, list([['Wohnungslotsen', 'Caritas', 'ja', 'Wohnen', '']]));
		await spotlight({ spotlight: null });
		await eventually(() => expect(readFacilitatorState(state.doc).spotlight).toBeNull());
		expect(readFacilitatorState(state.doc).gaps!.rows[1]!.cells.duldung.ja).toBe(0);
		await spotlight({ spotlight: { kind: 'gaps' } });
		await eventually(() => expect(readFacilitatorState(state.doc).gaps!.rows[1]!.cells.duldung.ja).toBe(1));
		state.destroy();
	});
});
