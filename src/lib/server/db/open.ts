import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenDatabase {
	db: Db;
	sqlite: Database.Database;
	/** How many migrations this open applied: 0 for a database already at this release. */
	migrated: number;
	close(): void;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens (and creates) the SQLite file, sets the pragmas we rely on and applies pending migrations. */
export function openDatabase(file: string): OpenDatabase {
	if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
	const sqlite = new Database(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = NORMAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	// Deleted rows are overwritten, not just unlinked: a deleted workshop must be gone (DSGVO).
	sqlite.pragma('secure_delete = ON');
	const db = drizzle(sqlite, { schema });
	const applied = appliedMigrations(sqlite);
	migrate(db, { migrationsFolder });
	return {
		db,
		sqlite,
		migrated: appliedMigrations(sqlite) - applied,
		close() {
			if (sqlite.open) sqlite.close();
		}
	};
}

function appliedMigrations(sqlite: Database.Database): number {
	const table = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
	return table ? (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n : 0;
}

/**
 * Copies every page of the write-ahead log into the database file and truncates the log to zero
 * bytes, so that no earlier image of a page (one with since deleted rows, say) stays in it. Waits
 * for readers up to busy_timeout; false, the log not truncated, while another connection (a
 * backup) still reads an older snapshot.
 */
export function truncateWal(sqlite: Database.Database): boolean {
	const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
	return result?.busy === 0;
}

export function databaseFile(dataDir: string): string {
	return path.join(dataDir, 'pinnwand.sqlite');
}

/** The database's pages plus its write-ahead log, which can grow well past the file between checkpoints. */
export function databaseBytes(sqlite: Database.Database): number {
	const pages = (sqlite.pragma('page_count', { simple: true }) as number) * (sqlite.pragma('page_size', { simple: true }) as number);
	let wal = 0;
	try {
		wal = fs.statSync(`${sqlite.name}-wal`).size;
	} catch (error) {
		// No WAL yet, or a checkpoint just removed it.
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	return pages + wal;
}
