import { describe, expect, it } from 'vitest';
import { api, createWorkshop, postForm } from '../helpers/api.ts';
import { angeboteList, germanExcelCsv, uploadAngebote } from '../helpers/angebote-list.ts';
import { useServerWithFacilitator } from '../helpers/use-server.ts';
import { addCard } from '../../src/lib/board/cards.ts';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { value } from '../helpers/board.ts';
import { connect, processed, storedUpdates, synced } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import type * as Y from 'yjs';

/** The facilitator's list of a Bündnis' Angebote: searched, in pages, and each one changed in place. */

const given = useServerWithFacilitator();
const token = () => given.facilitator.token;

async function page(path: string): Promise<string> {
	const res = await fetch(given.server.url + path, { headers: { authorization: `Bearer ${token()}` } });
	expect(res.status).toBe(200);
	return res.text();
}

/** The titles in the list's table, in order. */
const rows = (html: string) => [...html.matchAll(/Löschen: ([^<]+)<\/button>/g)].map((match) => match[1]);

async function buendnisWith(count: number) {
	const buendnis = (await api(given.server, 'POST', '/api/buendnisse', { token: token(), body: { name: `Bündnis ${count}` } })).body.id as string;
	expect((await uploadAngebote(given.server, token(), buendnis, germanExcelCsv(angeboteList(count, false)))).status).toBe(201);
	const kerngruppe = async () => {
		const workshop = await createWorkshop(given.server, token(), { title: 'STARTER', buendnisId: buendnis });
		const link = (await api(given.server, 'POST', `/api/workshops/${workshop.id}/share-links`, { token: token(), body: { label: 'Kerngruppe' } })).body;
		return `/m/${link.token}/angebote`;
	};
	const listed = async () => (await api(given.server, 'GET', `/api/buendnisse/${buendnis}/angebote`, { token: token() })).body.angebote as { id: string; title: string; place: string }[];
	return { base: `/buendnis/${buendnis}/angebote`, listed, kerngruppe };
}

describe('the facilitator’s Angebote list', () => {
	it('shows 50 at a time in the order of the file, with a way to the next page and back', async () => {
		const { base } = await buendnisWith(120);
		const first = await page(base);
		expect(first).toContain('120 Angebote');
		expect(rows(first)).toEqual(Array.from({ length: 50 }, (_, i) => `Sprachkurs ${i + 1}`));
		expect(first).toContain('Seite 1 von 3');
		expect(first).toContain('href="?seite=2" rel="next"');
		expect(first).not.toContain('rel="prev"');

		const last = await page(`${base}?seite=3`);
		expect(rows(last)).toEqual(Array.from({ length: 20 }, (_, i) => `Sprachkurs ${i + 101}`));
		expect(last).toContain('href="?seite=2" rel="prev"');
		expect(last).not.toContain('rel="next"');
		expect(rows(await page(`${base}?seite=99`))).toEqual(rows(last));
	});

	it('finds Angebote by a search and keeps it through the pages and every button', async () => {
		const { base } = await buendnisWith(120);
		const found = await page(`${base}?suche=${encodeURIComponent('sprachkurs 11')}`);
		expect(rows(found)).toEqual(['Sprachkurs 11', ...Array.from({ length: 10 }, (_, i) => `Sprachkurs ${110 + i}`)]);
		expect(found).toContain('11 von 120 Angeboten passen zu „sprachkurs 11“.');
		expect(found).not.toContain('Seite 1 von');
		expect(found).toContain('action="?suche=sprachkurs+11&amp;/remove"');
		expect(found).toContain('action="?suche=sprachkurs+11&amp;/publish"');

		const nothing = await page(`${base}?suche=Wohnen`);
		expect(rows(nothing)).toEqual([]);
		expect(nothing).toContain('0 von 120 Angeboten passen zu „Wohnen“.');
	});

	it('deletes on page 3 and stays on page 3', async () => {
		const { base, listed } = await buendnisWith(120);
		const target = (await listed())[104]!;
		const deleted = await postForm(given.server, `${base}?seite=3&/remove`, { angebotId: target.id }, token());
		expect(deleted.status).toBe(200);
		expect(deleted.html).toContain('Angebot gelöscht.');
		expect(rows(deleted.html)[0]).toBe('Sprachkurs 101');
		expect(rows(deleted.html)).not.toContain('Sprachkurs 105');
		expect(await listed()).toHaveLength(119);
	});

	it('changes an Angebot in its own form, keeps refused input, and moves it to a new one when deleted meanwhile', async () => {
		const { base, listed } = await buendnisWith(3);
		const [first] = await listed();
		const list = await page(base);
		expect(list).toContain(`href="?edit=${first!.id}#edit"`);
		const editing = await page(`${base}?edit=${first!.id}`);
		expect(editing).toContain('„Sprachkurs 1“ ändern');
		expect(editing).toContain('value="kaya@vhs.example"');

		const refused = await postForm(given.server, `${base}?/save`, { angebotId: first!.id, title: 'Sprachkurs 1', provider: 'VHS', capacity: 'viele' }, token());
		expect(refused.status).toBe(400);
		expect(refused.html).toContain('Bitte prüfen Sie die markierten Felder.');
		expect(refused.html).toContain('value="viele"');
		expect((await listed())[0]!.place).toBe('Innenstadt');

		const saved = await postForm(given.server, `${base}?/save`, { angebotId: first!.id, title: 'Sprachkurs 1 am Abend', provider: 'VHS', place: 'Nordstadt' }, token());
		expect(saved.status).toBe(200);
		expect(saved.html).toContain('„Sprachkurs 1 am Abend“ gespeichert.');
		expect((await listed())[0]).toMatchObject({ id: first!.id, title: 'Sprachkurs 1 am Abend', place: 'Nordstadt' });

		await postForm(given.server, `${base}?/remove`, { angebotId: first!.id }, token());
		const gone = await postForm(given.server, `${base}?/save`, { angebotId: first!.id, title: 'Sprachkurs 1 spät', provider: 'VHS' }, token());
		expect(gone.status).toBe(404);
		expect(gone.html).toContain('Dieses Angebot gibt es nicht mehr. Ihre Angaben stehen im Formular für ein neues Angebot.');
		expect(gone.html).toContain('value="Sprachkurs 1 spät"');
		expect((await listed()).map((a) => a.title)).toEqual(['Sprachkurs 2', 'Sprachkurs 3']);
	});

	it('is searched and paged alike through the Kerngruppe link, which saves without losing the page', async () => {
		const { listed, kerngruppe } = await buendnisWith(120);
		const base = await kerngruppe();
		const anonymous = async (path: string) => (await fetch(given.server.url + path)).text();
		const editLinks = (html: string) => [...html.matchAll(/Ändern: ([^<]+)<\/a>/g)].map((match) => match[1]);
		const second = await anonymous(`${base}?seite=2`);
		expect(editLinks(second)).toEqual(Array.from({ length: 50 }, (_, i) => `Sprachkurs ${i + 51}`));
		expect(second).toContain('Seite 2 von 3');
		const found = await anonymous(`${base}?suche=${encodeURIComponent('Sprachkurs 120')}`);
		expect(editLinks(found)).toEqual(['Sprachkurs 120']);
		const target = (await listed())[119]!;
		expect(found).toContain(`href="?suche=Sprachkurs+120&amp;edit=${target.id}#edit"`);

		const editing = await anonymous(`${base}?suche=${encodeURIComponent('Sprachkurs 120')}&edit=${target.id}`);
		expect(editing).toContain('action="?suche=Sprachkurs+120&amp;/save"');
		const saved = await postForm(given.server, `${base}?suche=Sprachkurs+120&/save`, { angebotId: target.id, title: 'Sprachkurs 120', provider: 'VHS', place: 'Südstadt' });
		expect(saved.html).toContain('„Sprachkurs 120“ gespeichert.');
		expect(editLinks(saved.html)).toEqual(['Sprachkurs 120']);
		expect((await listed())[119]!.place).toBe('Südstadt');
	});

	it('gives an open page a version that changes with every add, change, publish and delete, and with nothing else', async () => {
		const { base, listed, kerngruppe } = await buendnisWith(2);
		const buendnis = base.split('/')[2]!;
		const version = async () => {
			const res = await api(given.server, 'GET', `/api/buendnisse/${buendnis}/angebote/version`, { token: token() });
			expect(res.status).toBe(200);
			return res.body.version as string;
		};
		const seen = [await version()];
		expect(await version()).toBe(seen[0]);
		const changed = async () => {
			const next = await version();
			expect(seen).not.toContain(next);
			seen.push(next);
		};
		const [first] = await listed();
		await postForm(given.server, `${await kerngruppe()}?/add`, { title: 'Bewerbungstraining', provider: 'JMD' });
		await changed();
		await postForm(given.server, `${base}?/save`, { angebotId: first!.id, title: 'Sprachkurs 1', provider: 'VHS' }, token());
		await changed();
		await postForm(given.server, `${base}?/publish`, { angebotId: first!.id, published: 'true' }, token());
		await changed();
		await postForm(given.server, `${base}?/remove`, { angebotId: first!.id }, token());
		await changed();
		expect(await version()).toBe(seen.at(-1));

		expect((await api(given.server, 'GET', `/api/buendnisse/${buendnis}/angebote/version`)).status).toBe(401);
	});

	it('gives the Kerngruppe page a version of the list through its link, which ends with the link', async () => {
		const { base, kerngruppe } = await buendnisWith(2);
		const pagePath = await kerngruppe();
		const linkToken = pagePath.split('/')[2]!;
		const version = async () => {
			const res = await api(given.server, 'GET', `/api/plan/${linkToken}/angebote/version`);
			expect(res.status).toBe(200);
			expect(res.headers.get('cache-control')).toBe('no-store');
			return res.body.version as string;
		};
		const before = await version();
		expect(await page(pagePath)).toContain(`/api/plan/${linkToken}/angebote/version`);
		expect((await postForm(given.server, `${base}?/create`, { title: 'Bewerbungstraining', provider: 'JMD' }, token())).status).toBe(200);
		expect(await version()).not.toBe(before);

		const workshopId = (await api(given.server, 'GET', `/api/buendnisse/${base.split('/')[2]}`, { token: token() })).body.workshops[0].id as string;
		const links = (await api(given.server, 'GET', `/api/workshops/${workshopId}/share-links`, { token: token() })).body.links as { id: string }[];
		expect((await api(given.server, 'DELETE', `/api/workshops/${workshopId}/share-links/${links[0]!.id}`, { token: token() })).status).toBe(204);
		expect((await api(given.server, 'GET', `/api/plan/${linkToken}/angebote/version`)).status).toBe(404);
		expect((await api(given.server, 'GET', '/api/plan/nonsense/angebote/version')).status).toBe(404);
	});

	it('changes the version when a wall gets a new Thema or a Maßnahme from a Lücke changes, not for a new card', async () => {
		const { base } = await buendnisWith(2);
		const buendnis = base.split('/')[2]!;
		const workshop = await createWorkshop(given.server, token(), { title: 'STARTER', buendnisId: buendnis });
		const version = async () => (await api(given.server, 'GET', `/api/buendnisse/${buendnis}/angebote/version`, { token: token() })).body.version as string;
		/** Changes the wall over its socket and waits until the server stored the change. */
		const onWall = async (write: (doc: Y.Doc) => void) => {
			const stored = storedUpdates(given.server.dataDir, workshop.id).length;
			const client = connect(given.server, workshop.id, token());
			await synced(client);
			write(client.doc);
			await processed(client);
			client.destroy();
			await eventually(() => expect(storedUpdates(given.server.dataDir, workshop.id).length).toBeGreaterThan(stored));
		};
		const before = await version();
		await onWall((doc) => value(addCard(doc, { text: 'Wohnung gesucht', category: 'Sonstiges', authorKey: 'k' })));
		expect(await version()).toBe(before);

		await onWall((doc) => value(createCluster(doc, { title: 'Wohnen' })));
		const withThema = await version();
		expect(withThema).not.toBe(before);

		const made = await api(given.server, 'POST', `/api/buendnisse/${buendnis}/gaps`, { token: token(), body: { thema: 'Wohnen', status: 'duldung', title: 'Wohnberatung', owner: 'Sozialamt' } });
		expect(made.status).toBe(201);
		const withAction = await eventually(async () => {
			const next = await version();
			expect(next).not.toBe(withThema);
			return next;
		});
		const link = (await api(given.server, 'POST', `/api/workshops/${workshop.id}/share-links`, { token: token(), body: {} })).body.token as string;
		expect((await api(given.server, 'PATCH', `/api/plan/${link}/actions/${made.body.actionId}`, { body: { status: 'in_progress' } })).status).toBe(200);
		await eventually(async () => expect(await version()).not.toBe(withAction));
	});
});
