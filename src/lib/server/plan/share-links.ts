import { and, desc, eq, isNull } from 'drizzle-orm';
import { generateSessionToken, sessionIdFromToken } from '../identity/session.ts';
import type { Db } from '../db/open.ts';
import { shareLinks, workshops } from '../db/schema.ts';
import type { WorkshopRow } from '../workshop/workshops.ts';

export type ShareLink = typeof shareLinks.$inferSelect;

/** A new link for the Kerngruppe; like a session token, only the token's hash is stored. */
export function createShareLink(db: Db, workshopId: string, label: string): { link: ShareLink; token: string } {
	const token = generateSessionToken();
	const link: ShareLink = {
		id: sessionIdFromToken(token),
		workshopId,
		label,
		createdAt: new Date(),
		revokedAt: null
	};
	db.insert(shareLinks).values(link).run();
	return { link, token };
}

export function listShareLinks(db: Db, workshopId: string): ShareLink[] {
	return db.select().from(shareLinks).where(eq(shareLinks.workshopId, workshopId)).orderBy(desc(shareLinks.createdAt)).all();
}

/** Revokes a link of this workshop; false when there is no such link. */
export function revokeShareLink(db: Db, workshopId: string, linkId: string): boolean {
	const result = db
		.update(shareLinks)
		.set({ revokedAt: new Date() })
		.where(and(eq(shareLinks.id, linkId), eq(shareLinks.workshopId, workshopId), isNull(shareLinks.revokedAt)))
		.run();
	return result.changes > 0;
}

/** The workshop a link opens, or null for unknown and revoked links. */
export function resolveShareLink(db: Db, token: string): { link: ShareLink; workshop: WorkshopRow } | null {
	if (!/^[a-z2-7]{32}$/.test(token)) return null;
	const row = db
		.select({ link: shareLinks, workshop: workshops })
		.from(shareLinks)
		.innerJoin(workshops, eq(shareLinks.workshopId, workshops.id))
		.where(and(eq(shareLinks.id, sessionIdFromToken(token)), isNull(shareLinks.revokedAt)))
		.get();
	return row ?? null;
}

export function shareUrl(origin: string, token: string): string {
	return `${origin}/m/${token}`;
}
