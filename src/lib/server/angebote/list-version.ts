import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/open.ts';
import { angebotMatchDismissals, angebote } from '../db/schema.ts';
import { ownedBy, type AngebotOwner } from './owner.ts';

/**
 * A short fingerprint of a list of Angebote as its page shows them: which exist, when each was
 * last changed, which are public, which proposals were dismissed. An open page asks for it now
 * and then and reloads its data only when it differs, so a change made elsewhere (another
 * facilitator, the Kerngruppe link) shows without anyone reloading, and no stream stays open.
 */
export function angeboteVersion(db: Db, owner: AngebotOwner): string {
	const rows = db
		.select({ id: angebote.id, updatedAt: angebote.updatedAt, published: angebote.published })
		.from(angebote)
		.where(ownedBy(owner))
		.orderBy(asc(angebote.id))
		.all();
	const dismissed = db
		.select({ angebotId: angebotMatchDismissals.angebotId, thema: angebotMatchDismissals.thema })
		.from(angebotMatchDismissals)
		.innerJoin(angebote, eq(angebote.id, angebotMatchDismissals.angebotId))
		.where(ownedBy(owner))
		.orderBy(asc(angebotMatchDismissals.angebotId), asc(angebotMatchDismissals.thema))
		.all();
	const text = JSON.stringify([rows.map((r) => [r.id, r.updatedAt.getTime(), r.published]), dismissed.map((d) => [d.angebotId, d.thema])]);
	return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
