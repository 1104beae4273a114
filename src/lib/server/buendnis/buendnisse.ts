import { and, asc, desc, eq } from 'drizzle-orm';
import * as v from 'valibot';
import type { Db } from '../db/open.ts';
import { angebote, buendnisFacilitators, buendnisse, users, workshops } from '../db/schema.ts';
import { randomId } from '../db/ids.ts';
import { labels, optionalText, parse, text, type Parsed } from '../http/validation.ts';
import type { WorkshopRow } from '../workshop/workshops.ts';

export type BuendnisRow = typeof buendnisse.$inferSelect;

export const BuendnisInput = v.object({
	name: text('name', 120),
	municipality: optionalText('municipality', 120),
	members: v.optional(labels('members', 0), [])
});

export function createBuendnis(db: Db, ownerId: string, input: unknown): Parsed<BuendnisRow> {
	const parsed = parse(BuendnisInput, input);
	if (!parsed.ok) return parsed;
	const row: BuendnisRow = { id: randomId(), ...parsed.value, ownerId, calendarFeedId: null, createdAt: new Date() };
	db.transaction(() => {
		db.insert(buendnisse).values(row).run();
		db.insert(buendnisFacilitators).values({ buendnisId: row.id, userId: ownerId }).run();
	});
	return { ok: true, value: row };
}

export function updateBuendnis(db: Db, buendnis: BuendnisRow, input: unknown): Parsed<BuendnisRow> {
	const parsed = parse(BuendnisInput, input);
	if (!parsed.ok) return parsed;
	db.update(buendnisse).set(parsed.value).where(eq(buendnisse.id, buendnis.id)).run();
	return { ok: true, value: { ...buendnis, ...parsed.value } };
}

export function getBuendnis(db: Db, id: string): BuendnisRow | undefined {
	return db.select().from(buendnisse).where(eq(buendnisse.id, id)).get();
}

/** A Bündnis is worked on by the facilitators it names (its creator first). */
export function facilitatesBuendnis(db: Db, buendnisId: string, userId: string): boolean {
	return !!db
		.select({ userId: buendnisFacilitators.userId })
		.from(buendnisFacilitators)
		.where(and(eq(buendnisFacilitators.buendnisId, buendnisId), eq(buendnisFacilitators.userId, userId)))
		.get();
}

export function listBuendnisseForUser(db: Db, userId: string): BuendnisRow[] {
	return db
		.select({ buendnis: buendnisse })
		.from(buendnisFacilitators)
		.innerJoin(buendnisse, eq(buendnisFacilitators.buendnisId, buendnisse.id))
		.where(eq(buendnisFacilitators.userId, userId))
		.orderBy(asc(buendnisse.name))
		.all()
		.map((r) => r.buendnis);
}

export function listBuendnisFacilitators(db: Db, buendnisId: string): { id: string; name: string; email: string }[] {
	return db
		.select({ id: users.id, name: users.name, email: users.email })
		.from(buendnisFacilitators)
		.innerJoin(users, eq(buendnisFacilitators.userId, users.id))
		.where(eq(buendnisFacilitators.buendnisId, buendnisId))
		.orderBy(asc(buendnisFacilitators.createdAt))
		.all();
}

/** The workshops of a Bündnis, latest first. */
export function buendnisWorkshops(db: Db, buendnisId: string): WorkshopRow[] {
	return db
		.select()
		.from(workshops)
		.where(eq(workshops.buendnisId, buendnisId))
		.orderBy(desc(workshops.date), desc(workshops.createdAt))
		.all();
}

/**
 * Puts a workshop into a Bündnis, or takes it out (null). The caller has checked that the user
 * facilitates the workshop; the user must work on the Bündnis too, or its plan would show
 * Maßnahmen to people the workshop's facilitators never chose.
 */
export function moveWorkshop(
	db: Db,
	workshop: WorkshopRow,
	buendnisId: string | null,
	userId: string
): { ok: true } | { ok: false; code: 'not_found' | 'forbidden' } {
	if (buendnisId !== null) {
		if (!getBuendnis(db, buendnisId)) return { ok: false, code: 'not_found' };
		if (!facilitatesBuendnis(db, buendnisId, userId)) return { ok: false, code: 'forbidden' };
	}
	db.transaction(() => {
		db.update(workshops).set({ buendnisId }).where(eq(workshops.id, workshop.id)).run();
		// Its own Angebote go to the Bündnis' list, so nothing collected before stays on a list
		// nobody opens any more. Leaving takes none along: they are the Bündnis' by then.
		if (buendnisId !== null) db.update(angebote).set({ buendnisId, workshopId: null }).where(eq(angebote.workshopId, workshop.id)).run();
	});
	return { ok: true };
}
