import { and, asc, eq, sql } from 'drizzle-orm';
import type { DocRef } from '../../realtime/doc-ref.ts';
import { DocumentGoneError, type DocPersistence } from '../../realtime/persistence.ts';
import type { Db } from '../db/open.ts';
import { docUpdates } from '../db/schema.ts';

const byDoc = and(
	eq(docUpdates.workshopId, sql.placeholder('workshopId')),
	eq(docUpdates.doc, sql.placeholder('doc'))
);

/** The realtime documents in SQLite: table doc_updates, one row per stored (batch of) update(s). */
export function createDocStore(db: Db): DocPersistence {
	const select = db
		.select({ data: docUpdates.data })
		.from(docUpdates)
		.where(byDoc)
		.orderBy(asc(docUpdates.id))
		.prepare();
	const insert = db
		.insert(docUpdates)
		.values({ workshopId: sql.placeholder('workshopId'), doc: sql.placeholder('doc'), data: sql.placeholder('data') })
		.prepare();
	const clear = db.delete(docUpdates).where(byDoc).prepare();

	const key = (ref: DocRef) => ({ workshopId: ref.roomId, doc: ref.doc });
	const blob = (update: Uint8Array) => Buffer.from(update.buffer, update.byteOffset, update.byteLength);

	return {
		async load(ref) {
			return select.all(key(ref)).map((row) => row.data);
		},
		async append(ref, updates) {
			writing(() =>
				db.transaction(() => {
					for (const update of updates) insert.run({ ...key(ref), data: blob(update) });
				})
			);
		},
		async compact(ref, state) {
			writing(() =>
				db.transaction(() => {
					clear.run(key(ref));
					insert.run({ ...key(ref), data: blob(state) });
				})
			);
		}
	};
}

/** A write for a workshop that no longer exists fails its foreign key: the room must let go. */
function writing(write: () => void): void {
	try {
		write();
	} catch (error) {
		const cause = (error as { cause?: { code?: string } }).cause ?? (error as { code?: string });
		if (cause?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new DocumentGoneError('workshop deleted');
		throw error;
	}
}
