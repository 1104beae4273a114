import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAction, updateAction } from '../../src/lib/board/actions.ts';
import { addCard, setTranslation } from '../../src/lib/board/cards.ts';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { api, createWorkshop, facilitator, join, runCli, type Facilitator } from '../helpers/api.ts';
import { asExtracted, readPdf, squash } from '../helpers/pdf-text.ts';
import { connect, synced, type Client } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { makeDataDir, removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';
import { normaliseExport } from '../helpers/transfer.ts';

let server: RunningServer;
let mod: Facilitator;
let workshopId: string;

const CARDS = [
	'Kita-Platz fehlt, Mutter kann nicht zum Sprachkurs',
	'Łukasz braucht Fachsprache für die Ausbildung',
	'Олена sucht einen Praktikumsplatz',
	'Begrüßung auf Arabisch: مرحبa بكم'.replace('a', 'ا'),
	'Termine bei der Ausländerbehörde dauern Monate'
];
/** The Kita card, translated into Arabic by someone in the room. */
const TRANSLATION = 'لا يوجد مكان في الحضانة، والأم لا تستطيع حضور دورة اللغة';

/** A whole workshop day through the real paths: join, cards, clusters, a revealed round, Maßnahmen. */
async function holdWorkshop(): Promise<string> {
	const w = await createWorkshop(server, mod.token, {
		title: 'STARTER Musterstadt',
		municipality: 'Musterstadt',
		date: '2026-12-03',
		place: 'Rathaus, Ratssaal'
	});
	const phase = (name: string) => api(server, 'POST', `/api/workshops/${w.id}/phase`, { token: mod.token, body: { phase: name } });
	const people = await Promise.all(
		[['Kübra Öztürk', 'Jobcenter'], ['Savaş Beltir', 'Berufskolleg'], ['Anna', 'Jobcenter'], ['Ben', 'Jobcenter']].map(
			([name, institution]) => join(server, w.joinCode, { name, institution })
		)
	);
	// Two more without an institution: with them "Weitere" holds three, so Jobcenter (three) may be named.
	for (const name of ['Cem', 'Dana']) await join(server, w.joinCode, { name });
	const client: Client = connect(server, w.id, people[0]!.token);
	await synced(client);
	await phase('sammeln');
	const ids = CARDS.map((text) => {
		const added = addCard(client.doc, { text, category: 'Sprache', authorKey: 'k1', lang: 'de' });
		if (!added.ok) throw new Error(text);
		return added.value;
	});
	if (!setTranslation(client.doc, ids[0]!, 'ar', TRANSLATION).ok) throw new Error('translation');
	await phase('clustern');
	const cluster = createCluster(client.doc, { title: 'Kinderbetreuung' });
	const other = createCluster(client.doc, { title: 'Sprache & Behörden' });
	if (!cluster.ok || !other.ok) throw new Error('clusters');
	const { moveCard } = await import('../../src/lib/board/cards.ts');
	moveCard(client.doc, ids[0]!, { clusterId: cluster.value });
	for (const id of ids.slice(1, 4)) moveCard(client.doc, id, { clusterId: other.value });
	await phase('punkten');
	await eventually(async () => {
		const res = await api(server, 'POST', `/api/workshops/${w.id}/voting`, { token: mod.token, body: { action: 'open' } });
		expect(res.status).toBe(201);
	});
	for (const [i, p] of people.entries()) {
		const target = i === 0 ? other.value : cluster.value;
		const vote = await api(server, 'POST', `/api/workshops/${w.id}/votes`, { token: p.token, body: { targetId: target, delta: 1 } });
		expect(vote.status).toBe(200);
	}
	expect((await api(server, 'POST', `/api/workshops/${w.id}/voting`, { token: mod.token, body: { action: 'reveal' } })).status).toBe(200);
	await phase('massnahmen');
	const action = addAction(client.doc, {
		title: 'Kinderbetreuung während der Sprachkurse',
		clusterId: cluster.value,
		owner: 'Jugendamt',
		contact: 'Frau Schulz',
		due: '2027-03-31'
	});
	if (!action.ok) throw new Error('action');
	addAction(client.doc, { title: 'Sprechstunde der Ausländerbehörde im Berufskolleg', clusterId: other.value, owner: 'Ausländerbehörde' });
	updateAction(client.doc, action.value, { status: 'in_progress' });
	await phase('abschluss');
	await eventually(async () => {
		const plan = await api(server, 'GET', `/api/workshops/${w.id}/export.json`, { token: mod.token });
		expect(Object.keys(plan.body.board.actions ?? {})).toHaveLength(2);
	});
	client.destroy();
	return w.id;
}

beforeAll(async () => {
	server = await startServer();
	mod = await facilitator(server, 'Savaş Beltir');
	workshopId = await holdWorkshop();
});

afterAll(async () => {
	await server.stop();
	removeDataDir(server.dataDir);
});

async function download(path: string, token = mod.token) {
	const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
	return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

describe('exports', () => {
	it('is for facilitators of the workshop only', async () => {
		const other = await facilitator(server, 'Fremd');
		expect((await download(`/api/workshops/${workshopId}/export.pdf`, other.token)).res.status).toBe(403);
		expect((await fetch(`${server.url}/api/workshops/${workshopId}/export.pdf`)).status).toBe(401);
		expect((await download(`/api/workshops/${workshopId}/export.docx`)).res.status).toBe(404);
	});

	it('renders the Ergebnisprotokoll: cover, phases, ranked priorities, clusters, cards verbatim, actions', async () => {
		const { res, bytes } = await download(`/api/workshops/${workshopId}/export.pdf?lang=de`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/pdf');
		expect(res.headers.get('content-disposition')).toContain('filename="STARTER-Musterstadt.pdf"');
		const pages = await readPdf(bytes);
		const text = squash(pages.map((page) => page.text).join('\n'));
		for (const expected of [
			'STARTER Musterstadt',
			'Musterstadt',
			'Rathaus, Ratssaal',
			'Savaş Beltir',
			'Durchgeführte Phasen',
			'Prioritäten',
			'Kinderbetreuung',
			'Sprache & Behörden',
			'Kinderbetreuung während der Sprachkurse',
			'Jugendamt',
			'Jobcenter',
			...CARDS
		]) {
			expect(text, expected).toContain(squash(expected));
		}
		expect(pages[0]!.text).toMatch(/Seite 1 von \d+/);
		// The translated card: original and translation, each under its language.
		expect(text).toContain(squash(`Deutsch${CARDS[0]}`));
		expect(text).toContain(squash(`Arabisch${asExtracted(TRANSLATION)}`));
	});

	it('writes the Ergebnisprotokoll in Ukrainian, Turkish and Arabic, and refuses a language it has not', async () => {
		for (const [lang, title] of [['uk', 'Протокол результатів'], ['tr', 'Sonuç tutanağı'], ['ar', 'محضر النتائج']] as const) {
			const { res, bytes } = await download(`/api/workshops/${workshopId}/export.pdf?lang=${lang}`);
			expect(res.status).toBe(200);
			expect((await readPdf(bytes))[0]!.text).toContain(title);
		}
		const refused = await download(`/api/workshops/${workshopId}/export.md?lang=xx`);
		expect(refused.res.status).toBe(400);
		expect(JSON.parse(new TextDecoder().decode(refused.bytes))).toMatchObject({ error: { code: 'invalid_input', fields: { lang: 'invalid' } } });
	});

	it('writes CSV for German Excel, Markdown and a calendar of the Fristen', async () => {
		const csv = await download(`/api/workshops/${workshopId}/export.csv?part=actions`);
		const csvText = new TextDecoder().decode(csv.bytes);
		expect(csv.bytes.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
		expect(csvText).toContain('Kinderbetreuung während der Sprachkurse;');
		const cards = new TextDecoder().decode((await download(`/api/workshops/${workshopId}/export.csv?lang=de`)).bytes);
		expect(cards.split('\r\n')[0]).toContain(';Sprache der Karte;Übersetzung (Arabisch)');
		expect(cards).toContain(`${CARDS[0]};Deutsch;${TRANSLATION}`);
		expect((await download(`/api/workshops/${workshopId}/export.csv?part=nope`)).res.status).toBe(400);

		const md = new TextDecoder().decode((await download(`/api/workshops/${workshopId}/export.md`)).bytes);
		expect(md).toContain('# Ergebnisprotokoll: \u2068STARTER Musterstadt\u2069');
		expect(md).toContain('\u2068Олена sucht einen Praktikumsplatz\u2069');
		expect(md).toContain(`  - *Arabisch:* \u2068${TRANSLATION}\u2069`);

		const ics = new TextDecoder().decode((await download(`/api/workshops/${workshopId}/export.ics`)).bytes);
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
		expect(ics).toContain('DTSTART;VALUE=DATE:20270331');
	});

	it('exports complete JSON that imports as a new workshop and exports again the same, apart from ids and times', async () => {
		const first = await api(server, 'GET', `/api/workshops/${workshopId}/export.json`, { token: mod.token });
		expect(first.body).toMatchObject({ format: 'pinnwand.workshop', version: 2 });
		expect(first.body.participants).toHaveLength(6);
		expect(first.body.votingRounds[0].tally.voters).toBe(4);
		expect(first.body.votingRounds[0]).not.toHaveProperty('votes');
		expect(first.body.phases.map((p: { phase: string }) => p.phase)).toEqual(['sammeln', 'clustern', 'punkten', 'massnahmen', 'abschluss']);
		expect(first.body.actionHistory).toEqual([expect.objectContaining({ from: 'open', to: 'in_progress' })]);

		const file = path.join(makeDataDir(), 'workshop.json');
		fs.writeFileSync(file, JSON.stringify(first.body));
		const imported = await runCli(server.dataDir, ['import', file]);
		expect(imported.stderr).toBe('');
		expect(imported.code).toBe(0);
		const newId = /workshop (\S+), join code/.exec(imported.stdout)![1]!;
		expect(newId).not.toBe(workshopId);

		const second = await api(server, 'GET', `/api/workshops/${newId}/export.json`, { token: mod.token });
		expect(normaliseExport(second.body)).toEqual(normaliseExport(first.body));

		// The imported workshop works: its results and report are there.
		const results = await api(server, 'GET', `/api/workshops/${newId}/results`, { token: mod.token });
		expect(results.body.rounds[0].results[0]).toMatchObject({ title: 'Kinderbetreuung', votes: 3 });
		removeDataDir(path.dirname(file));
	});

	it('refuses files that are not an export, naming the problem', async () => {
		const dir = makeDataDir();
		const file = path.join(dir, 'bad.json');
		fs.writeFileSync(file, JSON.stringify({ format: 'pinnwand.workshop', version: 2, workshop: { title: 5 } }));
		const bad = await runCli(server.dataDir, ['import', file]);
		expect(bad.code).toBe(1);
		expect(bad.stderr).toMatch(/Not imported: not a Pinnwand workshop export \(.+\)/);
		fs.writeFileSync(file, '{"format":');
		expect((await runCli(server.dataDir, ['import', file])).stderr).toMatch(/Cannot read/);
		removeDataDir(dir);
	});

	it('deletes a workshop so that nothing of it is left in the database files after VACUUM', async () => {
		const mark = 'Einzigartiger-Text-93817';
		const w = await createWorkshop(server, mod.token, { title: `Löschtest ${mark}` });
		const p = await join(server, w.joinCode, { name: `Name-${mark}` });
		const client = connect(server, w.id, p.token);
		await synced(client);
		addCard(client.doc, { text: `Karte ${mark}`, category: 'Sonstiges', authorKey: 'x' });
		await eventually(async () => {
			const exported = await api(server, 'GET', `/api/workshops/${w.id}/export.json`, { token: mod.token });
			expect(JSON.stringify(exported.body)).toContain(`Karte ${mark}`);
		});
		client.destroy();
		expect((await api(server, 'DELETE', `/api/workshops/${w.id}`, { token: mod.token })).status).toBe(204);

		const dataDir = server.dataDir;
		await server.stop();
		const db = new Database(path.join(dataDir, 'pinnwand.sqlite'));
		db.pragma('wal_checkpoint(TRUNCATE)');
		db.exec('VACUUM');
		db.close();
		for (const name of fs.readdirSync(dataDir)) {
			const bytes = fs.readFileSync(path.join(dataDir, name));
			expect(bytes.includes(mark), name).toBe(false);
			expect(bytes.includes(w.id), name).toBe(false);
		}
		server = await startServer({ dataDir });
	});
});
