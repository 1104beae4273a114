import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { api, runCli } from '../helpers/api.ts';
import { connect, synced } from '../helpers/realtime.ts';
import { makeDataDir, ROOT } from '../helpers/server.ts';
import { useServer } from '../helpers/use-server.ts';

/**
 * Every tagged release's database, as that release left it (tests/fixtures/releases, made by
 * populate.ts in a checkout of the tag), opened by the current server: the migrations since run at
 * start, and everything people put in is still there and still works.
 */

const FIXTURES = path.join(ROOT, 'tests/fixtures/releases');
const RELEASES = fs
	.readdirSync(FIXTURES)
	.filter((file) => file.endsWith('.sql'))
	.map((file) => file.slice(0, -'.sql'.length));

interface Manifest {
	password: string;
	facilitators: Record<'anna' | 'ben', { email: string; token: string }>;
	buendnis: string;
	workshops: Record<'starter' | 'folgetreffen' | 'alone', string>;
	participants: { name: string; participantId: string; token: string }[];
	themen: Record<string, string>;
	cards: Record<string, string>;
	proposals: Record<'confirmed' | 'dismissed', { angebotId: string; thema: string }>;
	actions: Record<'sprachcafe' | 'kita' | 'praktikum' | 'fromGap', string>;
	links: Record<'kerngruppe' | 'owner' | 'calendar', string>;
}

type Rows = Record<string, Record<string, unknown>[]>;

const DAY = 24 * 60 * 60 * 1000;

function tables(sqlite: Database.Database): string[] {
	return sqlite
		.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
		.all()
		.map((row) => (row as { name: string }).name);
}

function allRows(sqlite: Database.Database): Rows {
	return Object.fromEntries(tables(sqlite).map((table) => [table, sqlite.prepare(`select * from "${table}" order by rowid`).all() as Record<string, unknown>[]]));
}

/**
 * The release's database in a fresh data directory, and its rows. Sessions live 30 days, and a
 * fixture outlives that: its sessions are moved to expire 30 days from now, as if everyone had
 * been here yesterday, so the test can show that old sessions still sign people in.
 */
function restore(release: string): { dataDir: string; before: Rows } {
	const dataDir = makeDataDir();
	const sqlite = new Database(path.join(dataDir, 'pinnwand.sqlite'));
	sqlite.exec(fs.readFileSync(path.join(FIXTURES, `${release}.sql`), 'utf8'));
	sqlite.prepare('update sessions set expires_at = ?').run(Date.now() + 30 * DAY);
	const before = allRows(sqlite);
	sqlite.close();
	return { dataDir, before };
}

const journal = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/lib/server/db/migrations/meta/_journal.json'), 'utf8')) as { entries: unknown[] };

describe.each(RELEASES)('the database of release %s', (release) => {
	const manifest = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${release}.json`), 'utf8')) as Manifest;
	const { dataDir, before } = restore(release);
	const running = useServer({ dataDir, env: { RETENTION_DAYS: '36500' } });
	const anna = manifest.facilitators.anna.token;
	const get = (route: string, token?: string) => api(running.current, 'GET', route, { token });

	it('runs every migration since and keeps every row with every value', () => {
		expect(before.__drizzle_migrations!.length, 'the fixture is older than the current schema').toBeLessThanOrEqual(journal.entries.length);
		const sqlite = new Database(path.join(dataDir, 'pinnwand.sqlite'), { readonly: true });
		try {
			const after = allRows(sqlite);
			expect(after.__drizzle_migrations).toHaveLength(journal.entries.length);
			expect(running.current.messages()).toContain(`Database: applied ${journal.entries.length - before.__drizzle_migrations!.length} migration(s)`);
			expect(after.__drizzle_migrations!.slice(0, before.__drizzle_migrations!.length)).toEqual(before.__drizzle_migrations);
			for (const [table, rows] of Object.entries(before)) {
				if (table === '__drizzle_migrations') continue;
				expect(after[table], `table ${table}`).toBeDefined();
				// Only the columns the release had; a rebuilt table may hand out its rows in another order.
				const asBefore = (list: Record<string, unknown>[]) =>
					list.map((row) => JSON.stringify(Object.keys(rows[0] ?? {}).map((column) => [column, row[column]]))).sort();
				expect(asBefore(after[table]!), `rows of ${table}`).toEqual(asBefore(rows));
			}
		} finally {
			sqlite.close();
		}
	});

	it('signs the facilitators in with their passwords, and their sessions still hold', async () => {
		const login = await api(running.current, 'POST', '/api/auth/login', { body: { email: manifest.facilitators.anna.email, password: manifest.password } });
		expect(login.status).toBe(200);
		const titles = async (token: string) => ((await get('/api/workshops', token)).body.workshops as { title: string }[]).map((w) => w.title).sort();
		expect(await titles(login.body.token)).toEqual(['Folgetreffen Musterstadt', 'STARTER-Workshop Musterstadt']);
		expect(await titles(anna)).toEqual(['Folgetreffen Musterstadt', 'STARTER-Workshop Musterstadt']);
		expect(await titles(manifest.facilitators.ben.token)).toEqual(['Workshop Nachbarstadt']);
	});

	it('opens the board with every card in its Thema and every Maßnahme', async () => {
		const client = connect(running.current, manifest.workshops.starter, anna);
		try {
			await synced(client);
			const themen = Object.fromEntries(Object.entries(manifest.themen).map(([title, id]) => [id, title]));
			const wall: Record<string, string[]> = {};
			for (const card of client.doc.getMap<Y.Map<unknown>>('cards').values()) {
				const thema = themen[card.get('clusterId') as string] ?? 'Unsortiert';
				(wall[thema] ??= []).push(card.get('text') as string);
			}
			for (const texts of Object.values(wall)) texts.sort();
			expect(wall).toEqual({
				Sprache: ['Deutschkurs am Abend', 'Sprachcafé für Geduldete'],
				Wohnen: ['Wohnung für Familien'],
				Kinderbetreuung: ['Kita-Platz während des Kurses'],
				'Schule & Ausbildung': ['Praktikum im Handwerk']
			});
			const actions = client.doc.getMap<Y.Map<unknown>>('actions');
			expect([...actions.keys()].sort()).toEqual(Object.values(manifest.actions).sort());
		} finally {
			client.destroy();
		}
	});

	it('keeps the Maßnahmen with their status, history and Lücke for the Kerngruppe and the Verantwortliche', async () => {
		const plan = await get(`/api/plan/${manifest.links.kerngruppe}`);
		expect(plan.status).toBe(200);
		const items = Object.fromEntries((plan.body.items as { id: string }[]).map((item) => [item.id, item])) as Record<string, Record<string, any>>;
		expect(items[manifest.actions.sprachcafe]).toMatchObject({ title: 'Sprachcafé im Jugendzentrum', owner: 'VHS', due: '2027-01-15', status: 'in_progress', statusNote: 'Raum ist gefunden' });
		expect(items[manifest.actions.sprachcafe]!.history.map((h: { to: string }) => h.to)).toContain('in_progress');
		expect(items[manifest.actions.kita]).toMatchObject({ contact: 'kita@musterstadt.example', status: 'stuck', statusNote: 'Keine Erzieherin frei' });
		expect(items[manifest.actions.praktikum]).toMatchObject({ status: 'open', due: null });
		const owner = await get(`/api/owner/${manifest.links.owner}`);
		expect(owner.status).toBe(200);
		expect(owner.body.items[0]).toMatchObject({ id: manifest.actions.kita, status: 'stuck' });
		const gaps = await get(`/api/buendnisse/${manifest.buendnis}/gaps`, anna);
		const wohnen = (gaps.body.gaps as { thema: string; cells: Record<string, { actions: { id: string }[] }> }[]).find((row) => row.thema === 'Wohnen')!;
		expect(wohnen.cells.duldung!.actions.map((a) => a.id)).toEqual([manifest.actions.fromGap]);
		const calendar = await fetch(running.current.url + manifest.links.calendar);
		expect(calendar.status).toBe(200);
		expect(await calendar.text()).toContain('Sprachcafé im Jugendzentrum');
	});

	it('keeps every participant\'s Punkte and the revealed ranking', async () => {
		const [kuebra] = manifest.participants;
		const mine = await get(`/api/workshops/${manifest.workshops.starter}/votes/mine`, kuebra!.token);
		expect(mine.status).toBe(200);
		expect(mine.body).toMatchObject({ round: { number: 1, status: 'revealed' }, mine: { [manifest.themen.Sprache!]: 3, [manifest.themen.Wohnen!]: 2 }, remaining: 0 });
		const results = await get(`/api/workshops/${manifest.workshops.starter}/results`, kuebra!.token);
		const ranking = (results.body.rounds[0].results as { title: string; votes: number }[]).map((r) => `${r.title} ${r.votes}`);
		expect(ranking).toEqual(['Sprache 7', 'Kinderbetreuung 3', 'Schule & Ausbildung 3', 'Wohnen 2']);
		const pending = await get(`/api/workshops/${manifest.workshops.starter}/cards/pending`, anna);
		expect((pending.body.cards as { text: string }[]).map((c) => c.text)).toEqual(['Beratung in Arabisch']);
	});

	it('keeps the Bündnis\' Angebote and what the Moderation decided on the proposals', async () => {
		const list = await get(`/api/buendnisse/${manifest.buendnis}/angebote`, anna);
		expect(list.body.angebote).toHaveLength(12);
		const { confirmed, dismissed } = manifest.proposals;
		const angebot = (list.body.angebote as { id: string; categories: string[] }[]).find((a) => a.id === confirmed.angebotId)!;
		expect(angebot.categories).toContain(confirmed.thema);
		const matches = (await get(`/api/buendnisse/${manifest.buendnis}/angebote/matches`, anna)).body.matches as { angebotId: string; thema: string }[];
		expect(matches).not.toContainEqual(expect.objectContaining(dismissed));
	});

	it('makes the Ergebnisprotokoll of the old workshop', async () => {
		const markdown = await fetch(`${running.current.url}/api/workshops/${manifest.workshops.starter}/export.md`, { headers: { authorization: `Bearer ${anna}` } });
		expect(markdown.status).toBe(200);
		const text = await markdown.text();
		for (const expected of ['Deutschkurs am Abend', 'Sprachcafé im Jugendzentrum', 'Wohnberatung für Geduldete']) expect(text).toContain(expected);
		const pdf = await fetch(`${running.current.url}/api/workshops/${manifest.workshops.starter}/export.pdf`, { headers: { authorization: `Bearer ${anna}` } });
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
	});

	it('backs the upgraded database up with the CLI', async () => {
		const file = path.join(dataDir, 'backup.sqlite');
		const backup = await runCli(dataDir, ['backup', file]);
		expect(backup.code, backup.stderr).toBe(0);
		const copy = new Database(file, { readonly: true });
		try {
			expect(copy.prepare('select count(*) as n from angebote').get()).toEqual({ n: 12 });
			expect(copy.prepare('select count(*) as n from __drizzle_migrations').get()).toEqual({ n: journal.entries.length });
		} finally {
			copy.close();
		}
	});
});
