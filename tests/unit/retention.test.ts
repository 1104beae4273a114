import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession, generateSessionToken } from '../../src/lib/server/identity/session.ts';
import { openDatabase, truncateWal, type OpenDatabase } from '../../src/lib/server/db/open.ts';
import { joinWorkshop } from '../../src/lib/server/identity/participants.ts';
import { purgeExpiredWorkshops, scheduleRetention } from '../../src/lib/server/workshop/retention.ts';
import { createUser } from '../../src/lib/server/identity/users.ts';
import { createWorkshop, endWorkshop } from '../../src/lib/server/workshop/workshops.ts';

const DAY = 24 * 60 * 60 * 1000;
let dir: string;
let database: OpenDatabase;
let owner: string;

beforeEach(async () => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pinnwand-retention-'));
	database = openDatabase(path.join(dir, 'pinnwand.sqlite'));
	const user = await createUser(database.db, { email: 'r@example.org', name: 'Rita', password: 'lang-genug-1' });
	if (!user.ok) throw new Error('user');
	owner = user.value.id;
});

afterEach(() => {
	database.close();
	fs.rmSync(dir, { recursive: true, force: true });
});

function workshopWithPeople(title: string, endedAt: Date | null) {
	const created = createWorkshop(database.db, owner, { title });
	if (!created.ok) throw new Error('workshop');
	const joined = joinWorkshop(database.db, created.value.id, { name: `${title} Teilnehmerin`, institution: 'Jobcenter' });
	createSession(database.db, generateSessionToken(), { kind: 'viewer', workshopId: created.value.id });
	if (endedAt) endWorkshop(database.db, created.value.id, endedAt);
	return { id: created.value.id, participant: joined.participant.id };
}

describe('retention', () => {
	it('deletes workshops ended more than RETENTION_DAYS ago, with everything they hold', () => {
		const now = Date.UTC(2027, 5, 1);
		const old = workshopWithPeople('Altworkshop', new Date(now - 366 * DAY));
		const recent = workshopWithPeople('Neuworkshop', new Date(now - 364 * DAY));
		const running = workshopWithPeople('Laufend', null);

		expect(purgeExpiredWorkshops(database.db, 365, now)).toEqual([old.id]);

		const count = (sql: string, ...args: string[]) =>
			(database.sqlite.prepare(sql).get(...args) as { n: number }).n;
		expect(count('select count(*) n from workshops where id = ?', old.id)).toBe(0);
		expect(count('select count(*) n from participants where workshop_id = ?', old.id)).toBe(0);
		expect(count('select count(*) n from sessions where workshop_id = ?', old.id)).toBe(0);
		expect(count('select count(*) n from workshop_facilitators where workshop_id = ?', old.id)).toBe(0);
		for (const kept of [recent, running]) {
			expect(count('select count(*) n from workshops where id = ?', kept.id)).toBe(1);
			expect(count('select count(*) n from participants where workshop_id = ?', kept.id)).toBe(1);
		}
	});

	function expectNoTrace(...needles: string[]) {
		for (const file of fs.readdirSync(dir)) {
			const bytes = fs.readFileSync(path.join(dir, file));
			for (const needle of needles) expect(bytes.includes(needle), `${needle} in ${file}`).toBe(false);
		}
	}

	it('leaves no byte of a deleted workshop in the database file, before and after VACUUM', () => {
		const old = workshopWithPeople('Unverwechselbarer-Titel-4711', new Date(0));
		expect(purgeExpiredWorkshops(database.db, 1, Date.now())).toEqual([old.id]);
		// secure_delete overwrites the freed pages; the checkpoint empties the write-ahead log.
		expect(truncateWal(database.sqlite)).toBe(true);
		expectNoTrace('Unverwechselbarer-Titel-4711', 'Unverwechselbarer-Titel-4711 Teilnehmerin', old.id);
		database.sqlite.exec('VACUUM');
		expect(truncateWal(database.sqlite)).toBe(true);
		expectNoTrace('Unverwechselbarer-Titel-4711', 'Unverwechselbarer-Titel-4711 Teilnehmerin', old.id);
	});

	it('truncates the WAL only once no reader holds an older snapshot, and says whether it did', () => {
		const old = workshopWithPeople('Vom-Leser-gehalten-0815', new Date(0));
		expect(truncateWal(database.sqlite)).toBe(true);
		// A backup in progress: a second connection inside a read transaction.
		const reader = new Database(path.join(dir, 'pinnwand.sqlite'), { readonly: true });
		try {
			reader.prepare('begin').run();
			reader.prepare('select count(*) from workshops').get();
			expect(purgeExpiredWorkshops(database.db, 1, Date.now())).toEqual([old.id]);
			database.sqlite.pragma('busy_timeout = 0');
			expect(truncateWal(database.sqlite)).toBe(false);
			// The zeroed pages wait in the WAL; the file still has the old ones.
			expect(fs.readFileSync(path.join(dir, 'pinnwand.sqlite')).includes('Vom-Leser-gehalten-0815')).toBe(true);
			reader.prepare('commit').run();
			expect(truncateWal(database.sqlite)).toBe(true);
		} finally {
			reader.close();
		}
		expect(fs.statSync(path.join(dir, 'pinnwand.sqlite-wal')).size).toBe(0);
		expectNoTrace('Vom-Leser-gehalten-0815', old.id);
	});

	it('runs at start and then once a day', () => {
		vi.useFakeTimers();
		try {
			const run = vi.fn();
			const job = scheduleRetention(run);
			expect(run).toHaveBeenCalledTimes(1);
			vi.advanceTimersByTime(DAY - 1);
			expect(run).toHaveBeenCalledTimes(1);
			vi.advanceTimersByTime(1);
			expect(run).toHaveBeenCalledTimes(2);
			job.stop();
			vi.advanceTimersByTime(3 * DAY);
			expect(run).toHaveBeenCalledTimes(2);
		} finally {
			vi.useRealTimers();
		}
	});
});
