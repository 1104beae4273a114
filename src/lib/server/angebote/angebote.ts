import { and, asc, eq } from 'drizzle-orm';
import type { Angebot } from '../../board/angebote.ts';
import type { Db } from '../db/open.ts';
import { angebote } from '../db/schema.ts';
import { randomId } from '../db/ids.ts';
import { ownedBy, ownerColumns, type AngebotOwner } from './owner.ts';

export interface StoredAngebot extends Angebot {
	id: string;
	published: boolean;
}

const NO_CHAIN: Pick<Angebot, 'before' | 'after' | 'outcome'> = { before: [], after: [], outcome: '' };

export function listAngebote(db: Db, owner: AngebotOwner): StoredAngebot[] {
	return db
		.select()
		.from(angebote)
		.where(ownedBy(owner))
		.orderBy(asc(angebote.createdAt), asc(angebote.id))
		.all()
		// Angebote stored before the Maßnahme-Karrieren have no before, after or outcome.
		.map((row) => ({ ...NO_CHAIN, ...(row.data as Partial<Angebot>), id: row.id, published: row.published }) as StoredAngebot);
}

/**
 * Adds the Angebote of an import in one transaction: all of them, or (on any error) none. Each
 * one a millisecond after the one before, so the list keeps the order of the file.
 */
export function addAngebote(db: Db, owner: AngebotOwner, list: readonly Angebot[], now = new Date()): number {
	db.transaction(() => {
		list.forEach((data, i) => {
			const at = new Date(now.getTime() + i);
			db.insert(angebote).values({ id: randomId(), ...ownerColumns(owner), data, createdAt: at, updatedAt: at }).run();
		});
	});
	return list.length;
}

/** Removes one Angebot of this list; false when there is no such one. */
export function deleteAngebot(db: Db, owner: AngebotOwner, id: string): boolean {
	return db.delete(angebote).where(and(eq(angebote.id, id), ownedBy(owner))).run().changes > 0;
}

/** Replaces what an Angebot says; false when this list has no such one. */
export function updateAngebot(db: Db, owner: AngebotOwner, id: string, data: Angebot, now = new Date()): boolean {
	return db.update(angebote).set({ data, updatedAt: now }).where(and(eq(angebote.id, id), ownedBy(owner))).run().changes > 0;
}

/** Shows an Angebot on the public list, or takes it off; false when this list has no such one. */
export function setPublished(db: Db, owner: AngebotOwner, id: string, published: boolean): boolean {
	return db.update(angebote).set({ published }).where(and(eq(angebote.id, id), ownedBy(owner))).run().changes > 0;
}
