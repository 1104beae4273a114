import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { readFacilitatorState } from '../../src/lib/board/facilitator-state.ts';
import { api, createWorkshop, postForm, runCli } from '../helpers/api.ts';
import { germanExcelCsv, uploadAngebote } from '../helpers/angebote-list.ts';
import { value } from '../helpers/board.ts';
import { connect, processed, synced } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { makeDataDir, removeDataDir } from '../helpers/server.ts';
import { normaliseExport } from '../helpers/transfer.ts';
import { useServerWithFacilitator } from '../helpers/use-server.ts';

/**
 * Angebote of a workshop that belongs to no Bündnis: its own list, the same page, API, matrix,
 * Kerngruppe link, public list and export as a Bündnis has; and when it joins a Bündnis, its
 * list goes with it.
 */

const given = useServerWithFacilitator();
const token = () => given.facilitator.token;

const HEADERS = ['Titel', 'Träger', 'Duldung', 'Themen', 'Ansprechperson'];
const upload = (workshopId: string, rows: string[][]) => uploadAngebote(given.server, token(), workshopId, germanExcelCsv(rows, HEADERS), {}, 'workshops');

/** A workshop in no Bündnis whose wall has these Themen, written over the real websocket. */
async function soloWorkshop(title: string, themen: string[]) {
	const workshop = await createWorkshop(given.server, token(), { title, municipality: 'Musterstadt' });
	const client = connect(given.server, workshop.id, token());
	await synced(client);
	for (const thema of themen) value(createCluster(client.doc, { title: thema }));
	await processed(client);
	client.destroy();
	return workshop;
}

const listed = async (list: string) => (await api(given.server, 'GET', `${list}/angebote`, { token: token() })).body.angebote as { id: string; title: string; published: boolean }[];

describe('the Angebote of a workshop without a Bündnis', () => {
	it('are its own list: imported, counted against its wall, proposed for its Themen, shown on its page', async () => {
		const workshop = await soloWorkshop('STARTER Einzeln', ['Sprache', 'Wohnen']);
		const base = `/api/workshops/${workshop.id}`;
		expect((await upload(workshop.id, [['Sprachkurs', 'VHS', 'ja', 'Sprache', 'kaya@vhs.example'], ['Sprachcafé', 'Ehrenamt', 'unklar', '', '']])).status).toBe(201);
		expect((await listed(base)).map((a) => a.title)).toEqual(['Sprachkurs', 'Sprachcafé']);

		const gaps = (await api(given.server, 'GET', `${base}/gaps`, { token: token() })).body.gaps;
		expect(gaps.map((row: { thema: string; cells: { duldung: { ja: number } } }) => [row.thema, row.cells.duldung.ja])).toEqual([
			['Sprache', 1],
			['Wohnen', 0]
		]);
		const matches = (await api(given.server, 'GET', `${base}/angebote/matches`, { token: token() })).body.matches;
		expect(matches).toContainEqual(expect.objectContaining({ angebotTitle: 'Sprachcafé', thema: 'Sprache' }));
		expect((await api(given.server, 'GET', `${base}/chains`, { token: token() })).status).toBe(200);

		// A Maßnahme from the Lücke goes on its own wall.
		const made = await api(given.server, 'POST', `${base}/gaps`, { token: token(), body: { thema: 'Wohnen', status: 'duldung', title: 'Wohnungsbörse' } });
		expect(made.status).toBe(201);
		expect(made.body.workshopId).toBe(workshop.id);

		const page = await fetch(`${given.server.url}/w/${workshop.id}/angebote`, { headers: { authorization: `Bearer ${token()}` } });
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toContain('Angebote des Workshops');
		expect(html).toContain('Dieser Workshop gehört zu keinem Bündnis, darum hat er eine eigene Liste.');
		expect(html).toContain('Sprachkurs');
		expect(html).toContain('Wohnungsbörse');
		expect(html).toContain(`href="/w/${workshop.id}"`);

		// Created in the form, on this list and no other.
		const created = await postForm(given.server, `/w/${workshop.id}/angebote?/create`, { title: 'Wohnberatung', provider: 'Caritas', categories: 'Wohnen' }, token());
		expect(created.status).toBe(200);
		expect((await listed(base)).map((a) => a.title)).toEqual(['Sprachkurs', 'Sprachcafé', 'Wohnberatung']);
		const other = await soloWorkshop('STARTER Nebenan', ['Sprache']);
		expect(await listed(`/api/workshops/${other.id}`)).toEqual([]);
	});

	it('puts its matrix on the Beamer with its own Angebote', async () => {
		const workshop = await soloWorkshop('STARTER Beamer', ['Sprache']);
		await upload(workshop.id, [['Sprachkurs', 'VHS', 'ja', 'Sprache', 'kaya@vhs.example']]);
		const state = connect(given.server, `${workshop.id}/state`, token());
		await synced(state);
		const shown = await api(given.server, 'POST', `/api/workshops/${workshop.id}/spotlight`, { token: token(), body: { spotlight: { kind: 'gaps' } } });
		expect(shown.status).toBe(200);
		await eventually(() => expect(readFacilitatorState(state.doc).gaps?.rows).toEqual([expect.objectContaining({ thema: 'Sprache', cells: expect.objectContaining({ duldung: { ja: 1, unklar: 0, actions: [] } }) })]));
		expect(JSON.stringify(state.doc.getMap('state').toJSON())).not.toContain('kaya@vhs.example');
		state.destroy();
	});

	it('are kept current through the Kerngruppe link and shown on a public list of their own', async () => {
		const workshop = await soloWorkshop('STARTER Partner', ['Sprache']);
		const link = (await api(given.server, 'POST', `/api/workshops/${workshop.id}/share-links`, { token: token(), body: { label: 'Kerngruppe' } })).body;
		expect(await (await fetch(`${given.server.url}/m/${link.token}`)).text()).toContain(`/m/${link.token}/angebote`);
		const kerngruppe = await fetch(`${given.server.url}/m/${link.token}/angebote`);
		expect(kerngruppe.status).toBe(200);
		expect(await kerngruppe.text()).toContain('Angebote aus dem Workshop „STARTER Partner“');
		expect((await postForm(given.server, `/m/${link.token}/angebote?/add`, { title: 'Sprachcafé', provider: 'VHS', categories: 'Sprache' })).status).toBe(200);
		const [angebot] = await listed(`/api/workshops/${workshop.id}`);
		expect(angebot).toMatchObject({ title: 'Sprachcafé', published: false });

		const publicJson = `/api/public/workshops/${workshop.id}/angebote`;
		expect((await api(given.server, 'GET', publicJson)).body).toEqual({ workshop: { id: workshop.id, title: 'STARTER Partner', municipality: 'Musterstadt' }, angebote: [] });
		await postForm(given.server, `/w/${workshop.id}/angebote?/publish`, { angebotId: angebot!.id, published: 'true' }, token());
		expect((await api(given.server, 'GET', publicJson)).body.angebote.map((a: { title: string }) => a.title)).toEqual(['Sprachcafé']);
		const publicPage = await fetch(`${given.server.url}/angebote/${workshop.id}`);
		expect(publicPage.status).toBe(200);
		const html = await publicPage.text();
		expect(html).toContain('Gesammelt im Workshop „STARTER Partner“.');
		expect(html).toContain('Sprachcafé');
		// A workshop is no Bündnis, on the Bündnis' address.
		expect((await api(given.server, 'GET', `/api/public/buendnisse/${workshop.id}/angebote`)).status).toBe(404);
	});

	it('go with it into a Bündnis: the Bündnis lists them, the workshop’s list leads there', async () => {
		const workshop = await soloWorkshop('STARTER Umzug', ['Sprache']);
		await upload(workshop.id, [['Sprachkurs', 'VHS', 'ja', '', '']]);
		const [angebot] = await listed(`/api/workshops/${workshop.id}`);
		const proposed = (await api(given.server, 'GET', `/api/workshops/${workshop.id}/angebote/matches`, { token: token() })).body.matches;
		expect(proposed).toEqual([expect.objectContaining({ angebotId: angebot!.id, thema: 'Sprache' })]);
		await postForm(given.server, `/w/${workshop.id}/angebote?/publish`, { angebotId: angebot!.id, published: 'true' }, token());
		const dismissed = await api(given.server, 'POST', `/api/workshops/${workshop.id}/angebote/matches`, { token: token(), body: { angebotId: angebot!.id, thema: 'Sprache', decision: 'dismiss' } });
		expect(dismissed.status).toBe(200);
		const buendnis = (await api(given.server, 'POST', '/api/buendnisse', { token: token(), body: { name: 'Bündnis Umzug' } })).body.id as string;
		expect((await api(given.server, 'PUT', `/api/workshops/${workshop.id}/buendnis`, { token: token(), body: { buendnisId: buendnis } })).status).toBe(200);

		expect(await listed(`/api/buendnisse/${buendnis}`)).toEqual([expect.objectContaining({ id: angebot!.id, title: 'Sprachkurs', published: true })]);
		// The dismissal went along: it is not proposed again in the Bündnis.
		const matches = (await api(given.server, 'GET', `/api/buendnisse/${buendnis}/angebote/matches`, { token: token() })).body.matches;
		expect(matches.filter((m: { angebotId: string }) => m.angebotId === angebot!.id)).toEqual([]);

		const refused = await api(given.server, 'GET', `/api/workshops/${workshop.id}/angebote`, { token: token() });
		expect(refused.status).toBe(409);
		expect(refused.body.error.code).toBe('in_buendnis');
		const page = await fetch(`${given.server.url}/w/${workshop.id}/angebote?suche=Sprach`, { headers: { authorization: `Bearer ${token()}` }, redirect: 'manual' });
		expect(page.status).toBe(303);
		expect(page.headers.get('location')).toBe(`/buendnis/${buendnis}/angebote?suche=Sprach`);
		expect((await api(given.server, 'GET', `/api/public/workshops/${workshop.id}/angebote`)).status).toBe(404);
		expect((await api(given.server, 'GET', `/api/public/buendnisse/${buendnis}/angebote`)).body.angebote.map((a: { title: string }) => a.title)).toEqual(['Sprachkurs']);

		// Leaving the Bündnis takes none along.
		expect((await api(given.server, 'PUT', `/api/workshops/${workshop.id}/buendnis`, { token: token(), body: { buendnisId: null } })).status).toBe(200);
		expect(await listed(`/api/workshops/${workshop.id}`)).toEqual([]);
		expect(await listed(`/api/buendnisse/${buendnis}`)).toHaveLength(1);
	});

	it('travel in the workshop’s export and come back on the imported workshop’s own list', async () => {
		const workshop = await soloWorkshop('STARTER Umzug', ['Sprache']);
		await upload(workshop.id, [['Sprachkurs', 'VHS', 'ja', 'Sprache', 'kaya@vhs.example'], ['Wohnberatung', 'Caritas', 'nein', 'Wohnen', '']]);
		const first = (await api(given.server, 'GET', `/api/workshops/${workshop.id}/export.json`, { token: token() })).body;
		expect(first.angebote.map((a: { fields: { title: string; contact: string } }) => [a.fields.title, a.fields.contact])).toEqual([
			['Sprachkurs', 'kaya@vhs.example'],
			['Wohnberatung', '']
		]);
		const dir = makeDataDir();
		const file = path.join(dir, 'workshop.json');
		fs.writeFileSync(file, JSON.stringify(first));
		const imported = await runCli(given.server.dataDir, ['import', file]);
		expect(imported.stderr).toBe('');
		const newId = /workshop (\S+), join code/.exec(imported.stdout)![1]!;
		expect((await listed(`/api/workshops/${newId}`)).map((a) => a.title)).toEqual(['Sprachkurs', 'Wohnberatung']);
		const second = (await api(given.server, 'GET', `/api/workshops/${newId}/export.json`, { token: token() })).body;
		expect(normaliseExport(second)).toEqual(normaliseExport(first));

		// A faulty Angebot in the file: nothing imported.
		fs.writeFileSync(file, JSON.stringify({ ...first, angebote: [{ ...first.angebote[0], fields: { ...first.angebote[0].fields, title: '' } }] }));
		const bad = await runCli(given.server.dataDir, ['import', file]);
		expect(bad.stderr).toMatch(/Angebot 1 \(\): title: required/);
		removeDataDir(dir);
	});
});
