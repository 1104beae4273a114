import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/open.ts';

const migrations = path.resolve('src/lib/server/db/migrations');
let dir: string;

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pinnwand-migrations-'));
});

afterEach(() => {
	fs.rmSync(dir, { recursive: true, force: true });
});

/** A database file migrated up to and including the migration tagged `last`, as an older release left it. */
function databaseAt(last: string): string {
	const folder = path.join(dir, 'migrations');
	fs.mkdirSync(path.join(folder, 'meta'), { recursive: true });
	const journal = JSON.parse(fs.readFileSync(path.join(migrations, 'meta/_journal.json'), 'utf8'));
	const end = journal.entries.findIndex((e: { tag: string }) => e.tag === last);
	expect(end).toBeGreaterThanOrEqual(0);
	journal.entries = journal.entries.slice(0, end + 1);
	fs.writeFileSync(path.join(folder, 'meta/_journal.json'), JSON.stringify(journal));
	for (const entry of journal.entries) fs.copyFileSync(path.join(migrations, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
	const file = path.join(dir, 'pinnwand.sqlite');
	const sqlite = new Database(file);
	sqlite.pragma('foreign_keys = ON');
	migrate(drizzle(sqlite), { migrationsFolder: folder });
	sqlite.close();
	return file;
}

describe('upgrading the database', () => {
	it('keeps every Angebot and every dismissed match when Angebote may belong to a workshop', () => {
		const file = databaseAt('0012_angebote_published_matches');
		const old = new Database(file);
		old.pragma('foreign_keys = ON');
		old.prepare("INSERT INTO users (id, email, name, password_hash) VALUES ('u1', 'a@example.org', 'Ada', 'x')").run();
		old.prepare("INSERT INTO buendnisse (id, name, municipality, members, owner_id) VALUES ('b1', 'Bündnis', 'Hamm', '', 'u1')").run();
		const angebot = old.prepare("INSERT INTO angebote (id, buendnis_id, data, published, updated_at) VALUES (?, 'b1', ?, ?, 1)");
		angebot.run('a1', JSON.stringify({ title: 'Sprachcafé' }), 1);
		angebot.run('a2', JSON.stringify({ title: 'Bewerbungstraining' }), 0);
		old.prepare("INSERT INTO angebot_match_dismissals (angebot_id, thema) VALUES ('a1', 'wohnen'), ('a2', 'sprache')").run();
		old.close();

		const upgraded = openDatabase(file);
		try {
			const rows = upgraded.sqlite.prepare('SELECT id, buendnis_id, workshop_id, published, data FROM angebote ORDER BY id').all();
			expect(rows).toEqual([
				{ id: 'a1', buendnis_id: 'b1', workshop_id: null, published: 1, data: JSON.stringify({ title: 'Sprachcafé' }) },
				{ id: 'a2', buendnis_id: 'b1', workshop_id: null, published: 0, data: JSON.stringify({ title: 'Bewerbungstraining' }) }
			]);
			expect(upgraded.sqlite.prepare('SELECT angebot_id, thema FROM angebot_match_dismissals ORDER BY angebot_id').all()).toEqual([
				{ angebot_id: 'a1', thema: 'wohnen' },
				{ angebot_id: 'a2', thema: 'sprache' }
			]);
			expect(upgraded.sqlite.pragma('foreign_key_check')).toEqual([]);
			// The dismissals still follow their Angebot.
			upgraded.sqlite.prepare("DELETE FROM angebote WHERE id = 'a1'").run();
			expect(upgraded.sqlite.prepare('SELECT angebot_id FROM angebot_match_dismissals').all()).toEqual([{ angebot_id: 'a2' }]);
		} finally {
			upgraded.close();
		}
	});

	it('refuses an Angebot with two owners or none', () => {
		const { sqlite, close } = openDatabase(path.join(dir, 'fresh.sqlite'));
		try {
			sqlite.prepare("INSERT INTO users (id, email, name, password_hash) VALUES ('u1', 'a@example.org', 'Ada', 'x')").run();
			sqlite.prepare("INSERT INTO buendnisse (id, name, municipality, members, owner_id) VALUES ('b1', 'Bündnis', 'Hamm', '', 'u1')").run();
			sqlite.prepare("INSERT INTO workshops (id, title, template, join_code, settings, owner_id) VALUES ('w1', 'STARTER', 'starter', 'ABC123', '{}', 'u1')").run();
			const insert = sqlite.prepare("INSERT INTO angebote (id, buendnis_id, workshop_id, data, updated_at) VALUES (?, ?, ?, '{}', 1)");
			expect(() => insert.run('both', 'b1', 'w1')).toThrow(/CHECK constraint failed/);
			expect(() => insert.run('none', null, null)).toThrow(/CHECK constraint failed/);
			insert.run('workshop', null, 'w1');
			sqlite.prepare("DELETE FROM workshops WHERE id = 'w1'").run();
			expect(sqlite.prepare('SELECT id FROM angebote').all()).toEqual([]);
		} finally {
			close();
		}
	});
});
