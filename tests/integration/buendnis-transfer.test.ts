import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createWorkshop, facilitator, runCli, type Facilitator } from '../helpers/api.ts';
import { makeDataDir, removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';
import { normaliseExport } from '../helpers/transfer.ts';
import { workshopWithActions } from '../helpers/workshop-actions.ts';

/**
 * A whole Bündnis moves to another instance: its JSON export holds every workshop, and the CLI
 * import rebuilds it with its Maßnahmenplan, status histories and a Folgetreffen's Rückblick.
 */

let here: RunningServer;
let there: RunningServer;
let anna: Facilitator;
const files = makeDataDir();

beforeAll(async () => {
	[here, there] = await Promise.all([startServer(), startServer()]);
	anna = await facilitator(here, 'Anna');
});

afterAll(async () => {
	await Promise.all([here.stop(), there.stop()]);
	for (const dir of [here.dataDir, there.dataDir, files]) removeDataDir(dir);
});

describe('the JSON of a Bündnis', () => {
	it('carries every workshop to another instance, which exports it again the same', async () => {
		const buendnis = (await api(here, 'POST', '/api/buendnisse', { token: anna.token, body: { name: 'Bündnis Musterstadt', municipality: 'Musterstadt', members: ['Jobcenter', 'VHS'] } })).body.id;
		const starter = await workshopWithActions(here, anna.token, 'STARTER Musterstadt', [
			{ title: 'Sprachcafé', thema: 'Sprache', owner: 'VHS', due: '2027-02-01' },
			{ title: 'Praktikumsbörse', thema: 'Praxis', owner: 'IHK', due: null }
		]);
		await api(here, 'PUT', `/api/workshops/${starter.id}/buendnis`, { token: anna.token, body: { buendnisId: buendnis } });
		const follow = await createWorkshop(here, anna.token, { title: 'Folgetreffen März', template: 'folgetreffen', buendnisId: buendnis });
		const review = (body: object, server = here, token = anna.token, id = follow.id) => api(server, 'POST', `/api/workshops/${id}/review`, { token, body });
		const started = await review({ action: 'start' });
		const [first] = started.body.review.items;
		expect((await review({ action: 'status', workshopId: first.workshopId, actionId: first.actionId, status: 'stuck', statusNote: 'Kein Raum frei' })).status).toBe(200);

		// Two Angebote, one of them public, one with a Thema the facilitator turned down as a match.
		const form = new FormData();
		form.set('file', new File(['Titel;Träger;Themen\r\nSprachcafé;VHS;Sprache\r\nWohnberatung;Caritas;Wohnen\r\n'], 'angebote.csv'));
		const uploaded = await fetch(`${here.url}/api/buendnisse/${buendnis}/angebote/import`, { method: 'POST', headers: { authorization: `Bearer ${anna.token}`, origin: here.url }, body: form });
		expect(uploaded.status).toBe(201);
		const [sprachcafe] = (await api(here, 'GET', `/api/buendnisse/${buendnis}/angebote`, { token: anna.token })).body.angebote;
		await fetch(`${here.url}/buendnis/${buendnis}/angebote?/publish`, {
			method: 'POST',
			headers: { authorization: `Bearer ${anna.token}`, origin: here.url, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ angebotId: sprachcafe.id, published: 'true' })
		});
		const sqlite = new Database(path.join(here.dataDir, 'pinnwand.sqlite'));
		sqlite.prepare('INSERT INTO angebot_match_dismissals (angebot_id, thema) VALUES (?, ?)').run(sprachcafe.id, 'praxis');
		sqlite.close();

		const exported = await api(here, 'GET', `/api/buendnisse/${buendnis}/export.json`, { token: anna.token });
		expect(exported.status).toBe(200);
		expect(exported.body.angebote.map((a: { fields: { title: string }; published: boolean; dismissedThemen: string[] }) => [a.fields.title, a.published, a.dismissedThemen])).toEqual([
			['Sprachcafé', true, ['praxis']],
			['Wohnberatung', false, []]
		]);
		expect(exported.headers.get('content-disposition')).toContain('.json');
		expect(exported.body).toMatchObject({ format: 'pinnwand.buendnis', version: 1, buendnis: { name: 'Bündnis Musterstadt', members: ['Jobcenter', 'VHS'] } });
		expect(exported.body.workshops.map((w: { workshop: { title: string } }) => w.workshop.title)).toEqual(['STARTER Musterstadt', 'Folgetreffen März']);
		const file = path.join(files, 'buendnis.json');
		fs.writeFileSync(file, JSON.stringify(exported.body));

		// There, Anna has an account with the same e-mail.
		expect((await runCli(there.dataDir, ['user', 'add', '--email', anna.email, '--name', 'Anna', '--password-stdin'], anna.password)).code).toBe(0);
		const imported = await runCli(there.dataDir, ['import', file]);
		expect(imported.stderr).toBe('');
		const newId = /Imported as Bündnis (\S+) with 2 workshop\(s\)/.exec(imported.stdout)![1]!;
		const token = (await api(there, 'POST', '/api/auth/login', { body: { email: anna.email, password: anna.password } })).body.token;

		const plan = (await api(there, 'GET', `/api/buendnisse/${newId}/actions`, { token })).body.actions;
		expect(plan.map((a: { title: string; status: string; statusNote: string }) => [a.title, a.status, a.statusNote])).toEqual([
			['Sprachcafé', 'stuck', 'Kein Raum frei'],
			['Praktikumsbörse', 'open', '']
		]);
		const again = await api(there, 'GET', `/api/buendnisse/${newId}/export.json`, { token });
		expect(normaliseExport(again.body)).toEqual(normaliseExport(exported.body));
		const angebote = (await api(there, 'GET', `/api/buendnisse/${newId}/angebote`, { token })).body.angebote;
		expect(angebote.map((a: { title: string; published: boolean }) => [a.title, a.published])).toEqual([
			['Sprachcafé', true],
			['Wohnberatung', false]
		]);
		expect(angebote[0].id).not.toBe(sprachcafe.id);
		expect((await api(there, 'GET', `/api/public/buendnisse/${newId}/angebote`)).body.angebote.map((a: { title: string }) => a.title)).toEqual(['Sprachcafé']);

		// The Folgetreffen's Rückblick goes on with the imported STARTER workshop's Maßnahmen.
		const newFollow = (await api(there, 'GET', `/api/buendnisse/${newId}`, { token })).body.workshops.find((w: { title: string }) => w.title === 'Folgetreffen März');
		const shown = await review({ action: 'show', index: 0 }, there, token, newFollow.id);
		expect(shown.body.review.items.map((i: { title: string; status: string }) => [i.title, i.status])).toEqual([
			['Sprachcafé', 'stuck'],
			['Praktikumsbörse', 'open']
		]);
	});

	it('refuses a file that is not a Bündnis export, and one whose facilitators have no account, importing nothing', async () => {
		const file = path.join(files, 'bad.json');
		fs.writeFileSync(file, JSON.stringify({ format: 'pinnwand.buendnis', version: 1, buendnis: { name: '' } }));
		const bad = await runCli(there.dataDir, ['import', file]);
		expect(bad.code).toBe(1);
		expect(bad.stderr).toMatch(/Not imported: not a Pinnwand Bündnis export \(.+\)/);

		const buendnis = (await api(here, 'POST', '/api/buendnisse', { token: anna.token, body: { name: 'Bündnis Fremd' } })).body.id;
		const exported = (await api(here, 'GET', `/api/buendnisse/${buendnis}/export.json`, { token: anna.token })).body;
		fs.writeFileSync(file, JSON.stringify({ ...exported, facilitators: [{ name: 'X', email: 'niemand@example.org', owner: true }] }));
		expect((await runCli(there.dataDir, ['import', file])).stderr).toMatch(/none of the facilitators has an account here/);
		const angebot = { fields: { title: '', provider: 'VHS' }, published: true, createdAt: exported.exportedAt, updatedAt: exported.exportedAt, dismissedThemen: [] };
		fs.writeFileSync(file, JSON.stringify({ ...exported, angebote: [angebot] }));
		expect((await runCli(there.dataDir, ['import', file])).stderr).toMatch(/Angebot 1 \(\): title: required/);
		// A file from before the Angebote imports as it always did.
		const { angebote: _none, ...older } = exported;
		fs.writeFileSync(file, JSON.stringify(older));
		expect((await runCli(there.dataDir, ['import', file])).code).toBe(0);
		const token = (await api(there, 'POST', '/api/auth/login', { body: { email: anna.email, password: anna.password } })).body.token;
		expect((await api(there, 'GET', '/api/buendnisse', { token })).body.buendnisse.map((b: { name: string }) => b.name)).toEqual(['Bündnis Fremd', 'Bündnis Musterstadt']);
	});
});
