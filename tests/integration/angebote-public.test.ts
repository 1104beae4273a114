import { describe, expect, it } from 'vitest';
import { addAction } from '../../src/lib/board/actions.ts';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { api, createWorkshop, postForm } from '../helpers/api.ts';
import { value } from '../helpers/board.ts';
import { connect, processed, synced } from '../helpers/realtime.ts';
import { useServerWithFacilitator } from '../helpers/use-server.ts';

/**
 * The Angebote of a Bündnis beyond the facilitator: a public read-only list of the ones the
 * facilitator published, and the Kerngruppe link through which partners keep the list current.
 */

const given = useServerWithFacilitator();

const post = (path: string, fields: Record<string, string>, token?: string) => postForm(given.server, path, fields, token);

/** A page or JSON as anyone gets it: no cookie, no token. */
async function anonymous(path: string): Promise<{ status: number; text: string; headers: Headers }> {
	const res = await fetch(given.server.url + path, { redirect: 'manual' });
	return { status: res.status, text: await res.text(), headers: res.headers };
}

async function buendnisWithWorkshop(name: string) {
	const token = given.facilitator.token;
	const buendnis = (await api(given.server, 'POST', '/api/buendnisse', { token, body: { name } })).body.id as string;
	const workshop = await createWorkshop(given.server, token, { title: `STARTER ${name}`, buendnisId: buendnis });
	return { buendnis, workshop };
}

const listed = async (buendnis: string) =>
	(await api(given.server, 'GET', `/api/buendnisse/${buendnis}/angebote`, { token: given.facilitator.token })).body.angebote as { id: string; title: string; published: boolean; [field: string]: unknown }[];

const SPRACHCAFE = { title: 'Sprachcafé', provider: 'VHS Musterstadt', categories: 'Sprache', contact: 'sprachcafe@vhs.example', link: 'www.vhs.example/sprachcafe', ageFrom: '18', ageTo: '27', 'access.duldung': 'ja' };
const WOHNEN = { title: 'Wohnberatung', provider: 'Caritas', categories: 'Wohnen', contact: 'nur-intern@caritas.example', capacity: '4' };

describe('the public list of a Bündnis’ Angebote', () => {
	it('shows exactly the published ones, to anyone, on the page and as JSON, and drops one unpublished', async () => {
		const { buendnis, workshop } = await buendnisWithWorkshop('Bündnis Öffentlich');
		const base = `/buendnis/${buendnis}/angebote`;
		for (const angebot of [SPRACHCAFE, WOHNEN]) expect((await post(`${base}?/create`, angebot, given.facilitator.token)).status).toBe(200);
		// A Maßnahme with a contact in the Bündnis' workshop: never public.
		const client = connect(given.server, workshop.id, given.facilitator.token);
		await synced(client);
		value(addAction(client.doc, { title: 'Sprachpatenschaften', clusterId: value(createCluster(client.doc, { title: 'Sprache' })), owner: 'Jobcenter', contact: 'massnahme@jobcenter.example' }));
		await processed(client);
		client.destroy();

		const [sprachcafe, wohnen] = await listed(buendnis);
		expect([sprachcafe!.published, wohnen!.published]).toEqual([false, false]);
		const before = await anonymous(`/angebote/${buendnis}`);
		expect(before.status).toBe(200);
		expect(before.text).toContain('Hier stehen noch keine Angebote.');
		expect(JSON.parse((await anonymous(`/api/public/buendnisse/${buendnis}/angebote`)).text).angebote).toEqual([]);

		expect((await post(`${base}?/publish`, { angebotId: sprachcafe!.id, published: 'true' }, given.facilitator.token)).status).toBe(200);
		expect((await listed(buendnis)).map((a) => a.published)).toEqual([true, false]);

		const json = await anonymous(`/api/public/buendnisse/${buendnis}/angebote`);
		expect(json.status).toBe(200);
		const body = JSON.parse(json.text);
		expect(body.buendnis).toEqual({ id: buendnis, name: 'Bündnis Öffentlich', municipality: '' });
		expect(body.angebote).toEqual([
			{
				id: sprachcafe!.id,
				title: 'Sprachcafé',
				provider: 'VHS Musterstadt',
				description: '',
				ageFrom: 18,
				ageTo: 27,
				access: { gestattung: 'unklar', duldung: 'ja', erlaubnis: 'unklar', anerkannt: 'unklar' },
				languageLevel: 'keine',
				place: '',
				costs: '',
				contact: 'sprachcafe@vhs.example',
				link: 'https://www.vhs.example/sprachcafe',
				categories: ['Sprache']
			}
		]);

		const shown = await anonymous(`/angebote/${buendnis}`);
		expect(shown.status).toBe(200);
		expect(shown.headers.get('x-robots-tag')).toBe('noindex');
		expect(shown.text).toMatch(new RegExp(`<h2[^>]* id="angebot-${sprachcafe!.id}"[^>]*>Sprachcafé</h2>`));
		expect(shown.text).toMatch(/<a href="https:\/\/www\.vhs\.example\/sprachcafe" rel="noopener noreferrer">/);
		expect(shown.text).toContain('18 bis 27 Jahre');
		expect(shown.text).toMatch(/Zugang mit Duldung<\/dt>\s*<dd[^>]*>ja<\/dd>/);
		expect(shown.text).toMatch(/Zugang mit Aufenthaltsgestattung<\/dt>\s*<dd[^>]*>bitte nachfragen<\/dd>/);
		for (const text of [shown.text, json.text]) {
			for (const hidden of ['Wohnberatung', 'nur-intern@caritas.example', 'Sprachpatenschaften', 'massnahme@jobcenter.example', workshop.id, workshop.joinCode]) {
				expect(text).not.toContain(hidden);
			}
		}

		expect((await post(`${base}?/publish`, { angebotId: sprachcafe!.id, published: 'false' }, given.facilitator.token)).status).toBe(200);
		expect(JSON.parse((await anonymous(`/api/public/buendnisse/${buendnis}/angebote`)).text).angebote).toEqual([]);
		const gone = await anonymous(`/angebote/${buendnis}`);
		expect(gone.text).not.toContain('sprachcafe@vhs.example');
		expect(gone.text).toContain('Hier stehen noch keine Angebote.');
	});

	it('narrows the list to one Thema by a plain link, and answers 404 for a Bündnis that does not exist', async () => {
		const { buendnis } = await buendnisWithWorkshop('Bündnis Themen');
		const base = `/buendnis/${buendnis}/angebote`;
		for (const angebot of [SPRACHCAFE, WOHNEN]) await post(`${base}?/create`, angebot, given.facilitator.token);
		for (const { id } of await listed(buendnis)) await post(`${base}?/publish`, { angebotId: id, published: 'true' }, given.facilitator.token);

		const all = (await anonymous(`/angebote/${buendnis}`)).text;
		expect(all).toContain('Sprachcafé');
		expect(all).toContain('Wohnberatung');
		expect(all).toMatch(/href="\?thema=Wohnen"[^>]*>Wohnen \(1\)/);
		const wohnen = (await anonymous(`/angebote/${buendnis}?thema=%20wohnen`)).text;
		expect(wohnen).toContain('Wohnberatung');
		expect(wohnen).not.toContain('Sprachcafé');
		expect(wohnen).toMatch(/href="\?thema=Wohnen" dir="auto" aria-current="page"/);

		expect((await anonymous('/angebote/gibtesnichtgibtesnichtgibt')).status).toBe(404);
		const json = await anonymous('/api/public/buendnisse/gibtesnichtgibtesnichtgibt/angebote');
		expect(json.status).toBe(404);
		expect(JSON.parse(json.text).error.code).toBe('not_found');
		// Only the facilitator publishes: without an account the toggle leads to the login.
		const [first] = await listed(buendnis);
		expect((await post(`${base}?/publish`, { angebotId: first!.id, published: 'false' })).status).toBe(303);
		expect((await listed(buendnis))[0]!.published).toBe(true);
	});
});

describe('the Kerngruppe link', () => {
	it('adds and changes the Bündnis’ Angebote without an account, keeps refused input, and never deletes or publishes', async () => {
		const { buendnis, workshop } = await buendnisWithWorkshop('Bündnis Kerngruppe');
		await post(`/buendnis/${buendnis}/angebote?/create`, SPRACHCAFE, given.facilitator.token);
		const [sprachcafe] = await listed(buendnis);
		await post(`/buendnis/${buendnis}/angebote?/publish`, { angebotId: sprachcafe!.id, published: 'true' }, given.facilitator.token);
		const link = (await api(given.server, 'POST', `/api/workshops/${workshop.id}/share-links`, { token: given.facilitator.token, body: { label: 'Kerngruppe' } })).body;
		const page = `/m/${link.token}/angebote`;

		expect((await anonymous(`/m/${link.token}`)).text).toContain(`href="${page}"`);
		const opened = await anonymous(page);
		expect(opened.status).toBe(200);
		expect(opened.headers.get('referrer-policy')).toBe('same-origin');
		expect(opened.text).toContain('Bündnis „Bündnis Kerngruppe“');
		expect(opened.text).toContain(`href="?edit=${sprachcafe!.id}#edit"`);

		const refused = await post(`${page}?/add`, { title: '', provider: 'Jugendmigrationsdienst', ageFrom: 'zwölf' });
		expect(refused.status).toBe(400);
		expect(refused.html).toContain('Bitte prüfen Sie die markierten Felder.');
		expect(refused.html).toContain('value="zwölf"');
		expect(refused.html).toContain('value="Jugendmigrationsdienst"');
		expect(await listed(buendnis)).toHaveLength(1);

		const added = await post(`${page}?/add`, { title: 'Bewerbungstraining', provider: 'Jugendmigrationsdienst', categories: 'Praxis' });
		expect(added.status).toBe(200);
		expect(added.html).toContain('„Bewerbungstraining“ angelegt.');
		expect((await listed(buendnis)).map((a) => [a.title, a.published])).toEqual([
			['Sprachcafé', true],
			['Bewerbungstraining', false]
		]);

		const editing = await anonymous(`${page}?edit=${sprachcafe!.id}`);
		expect(editing.text).toContain('„Sprachcafé“ ändern');
		expect(editing.text).toContain('value="sprachcafe@vhs.example"');
		const badEdit = await post(`${page}?/save`, { angebotId: sprachcafe!.id, title: 'Sprachcafé', provider: 'VHS Musterstadt', ageFrom: '30', ageTo: '20' });
		expect(badEdit.status).toBe(400);
		expect(badEdit.html).toContain('Außerhalb des möglichen Bereichs.');
		expect((await listed(buendnis))[0]).toMatchObject({ ageFrom: 18, ageTo: 27 });

		const saved = await post(`${page}?/save`, { angebotId: sprachcafe!.id, title: 'Sprachcafé am Abend', provider: 'VHS Musterstadt', place: 'Nordstadt', 'access.duldung': 'ja' });
		expect(saved.status).toBe(200);
		expect(saved.html).toContain('„Sprachcafé am Abend“ gespeichert.');
		// Changed as sent, and still public: the link changes what it says, not whether it is shown.
		expect((await listed(buendnis))[0]).toMatchObject({ id: sprachcafe!.id, title: 'Sprachcafé am Abend', place: 'Nordstadt', contact: '', published: true });

		// No deleting, no publishing through the link; an Angebot of another Bündnis is not found.
		for (const action of ['remove', 'publish']) {
			expect((await post(`${page}?/${action}`, { angebotId: sprachcafe!.id, published: 'false' })).status).toBe(404);
		}
		const other = await buendnisWithWorkshop('Bündnis Anderswo');
		await post(`/buendnis/${other.buendnis}/angebote?/create`, WOHNEN, given.facilitator.token);
		const [foreign] = await listed(other.buendnis);
		const notHere = await post(`${page}?/save`, { angebotId: foreign!.id, title: 'Übernommen', provider: 'Fremd' });
		expect(notHere.status).toBe(404);
		expect(notHere.html).toContain('Dieses Angebot gibt es nicht mehr.');
		expect(notHere.html).toContain('value="Übernommen"');
		expect((await listed(other.buendnis))[0]!.title).toBe('Wohnberatung');
		expect((await listed(buendnis)).map((a) => [a.title, a.published])).toEqual([
			['Sprachcafé am Abend', true],
			['Bewerbungstraining', false]
		]);
	});

	it('refuses a revoked link, writing nothing', async () => {
		const { buendnis, workshop } = await buendnisWithWorkshop('Bündnis Widerruf');
		const link = (await api(given.server, 'POST', `/api/workshops/${workshop.id}/share-links`, { token: given.facilitator.token, body: { label: 'Kerngruppe' } })).body;
		expect((await anonymous(`/m/${link.token}/angebote`)).status).toBe(200);
		expect((await api(given.server, 'DELETE', `/api/workshops/${workshop.id}/share-links/${link.id}`, { token: given.facilitator.token })).status).toBe(204);
		const revoked = await anonymous(`/m/${link.token}/angebote`);
		expect(revoked.status).toBe(404);
		expect(revoked.text).toContain('Dieser Link ist ungültig oder wurde zurückgezogen.');
		expect((await post(`/m/${link.token}/angebote?/add`, { title: 'Nachzügler', provider: 'VHS' })).status).toBe(404);
		expect(await listed(buendnis)).toEqual([]);
	});
});
