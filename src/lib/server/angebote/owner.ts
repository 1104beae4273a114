import { eq } from 'drizzle-orm';
import { buendnisWorkshops } from '../buendnis/buendnisse.ts';
import type { Db } from '../db/open.ts';
import { angebote } from '../db/schema.ts';
import { getWorkshop, type WorkshopRow } from '../workshop/workshops.ts';

/**
 * Whose list an Angebot is on: a Bündnis', or, while a workshop belongs to no Bündnis, that
 * workshop's own. The list is read against the walls of the owner's workshops.
 */
export type AngebotOwner = { kind: 'buendnis'; id: string } | { kind: 'workshop'; id: string };

/** The list a workshop's Angebote are on: its Bündnis' when it has one. */
export function ownerOf(workshop: Pick<WorkshopRow, 'id' | 'buendnisId'>): AngebotOwner {
	return workshop.buendnisId ? { kind: 'buendnis', id: workshop.buendnisId } : { kind: 'workshop', id: workshop.id };
}

/** The where clause for the owner's Angebote. */
export function ownedBy(owner: AngebotOwner) {
	return owner.kind === 'buendnis' ? eq(angebote.buendnisId, owner.id) : eq(angebote.workshopId, owner.id);
}

/** The columns that put an Angebot on the owner's list. */
export function ownerColumns(owner: AngebotOwner): { buendnisId: string | null; workshopId: string | null } {
	return owner.kind === 'buendnis' ? { buendnisId: owner.id, workshopId: null } : { buendnisId: null, workshopId: owner.id };
}

/** The workshops whose walls the owner's Angebote are read against, latest first. */
export function ownerWorkshops(db: Db, owner: AngebotOwner): WorkshopRow[] {
	if (owner.kind === 'buendnis') return buendnisWorkshops(db, owner.id);
	const workshop = getWorkshop(db, owner.id);
	return workshop ? [workshop] : [];
}

