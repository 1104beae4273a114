import { and, asc, eq } from 'drizzle-orm';
import type { Angebot } from '../../board/angebote.ts';
import type { Db } from '../db/open.ts';
import { angebote } from '../db/schema.ts';
import { randomId } from '../db/ids.ts';

export interface StoredAngebot extends Angebot {
	id: string;
	published: boolean;
}

const NO_CHAIN: Pick<Angebot, 'before' | 'after' | 'outcome'> = { before: [], after: [], outcome: '' };

export function listAngebote(db: Db, buendnisId: string): StoredAngebot[] {
	return db
		.select()
		.from(angebote)
		.where(eq(angebote.buendnisId, buendnisId))
		.orderBy(asc(angebote.createdAt), asc(angebote.id))
		.all()
		// Angebote stored before the Maßnahme-Karrieren have no before, after or outcome.
		.map((row) => ({ ...NO_CHAIN, ...(row.data as Partial<Angebot>), id: row.id, published: row.published }) as StoredAngebot);
}

/**
 * Adds the Angebote of an import in one transaction: all of them, or (on any error) none. Each
 * one a millisecond after the one before, so the list keeps the order of the file.
 */
export function addAngebote(db: Db, buendnisId: string, list: readonly Angebot[], now = new Date()): number {
	db.transaction(() => {
		list.forEach((data, i) => {
			const at = new Date(now.getTime() + i);
			db.insert(angebote).values({ id: randomId(), buendnisId, data, createdAt: at, updatedAt: at }).run();
		});
	});
	return list.length;
}

/** Removes one Angebot of this Bündnis; false when there is no such one. */
export function deleteAngebot(db: Db, buendnisId: string, id: string): boolean {
	return db.delete(angebote).where(and(eq(angebote.id, id), eq(angebote.buendnisId, buendnisId))).run().changes > 0;
}

/** Replaces what an Angebot says; false when this Bündnis has no such one. */
export function updateAngebot(db: Db, buendnisId: string, id: string, data: Angebot, now = new Date()): boolean {
	return db.update(angebote).set({ data, updatedAt: now }).where(and(eq(angebote.id, id), eq(angebote.buendnisId, buendnisId))).run().changes > 0;
}

/** Shows an Angebot on the Bündnis' public list, or takes it off; false when this Bündnis has no such one. */
export function setPublished(db: Db, buendnisId: string, id: string, published: boolean): boolean {
	return db.update(angebote).set({ published }).where(and(eq(angebote.id, id), eq(angebote.buendnisId, buendnisId))).run().changes > 0;
}
