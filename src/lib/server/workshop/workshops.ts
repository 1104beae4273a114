import { and, desc, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { DEFAULT_MIN_GROUP, MIN_GROUP_RANGE, minGroupOf } from '../../board/institution-groups.ts';
import { TEMPLATES, TEMPLATE_IDS } from '../../board/templates.ts';
import type { Db } from '../db/open.ts';
import { users, workshopFacilitators, workshops } from '../db/schema.ts';
import { randomId, randomJoinCode } from '../db/ids.ts';
import { labels, optionalText, parse, text, type Parsed } from '../http/validation.ts';

export type WorkshopRow = typeof workshops.$inferSelect;
export type WorkshopStatus = 'upcoming' | 'running' | 'ended';

export interface WorkshopSettings {
	categories: string[];
	institutionTypes: string[];
	/** Participants stay anonymous to each other; names never reach the board or presence. */
	anonymous: boolean;
	/** K: an institution is shown only where at least this many people stand behind it (institution-groups.ts). */
	minGroup: number;
}

const date = v.optional(
	v.nullable(
		v.pipe(
			v.string('date:invalid'),
			v.trim(),
			v.transform((s) => (s === '' ? null : s)),
			v.nullable(v.pipe(v.string(), v.isoDate('date:invalid')))
		)
	),
	null
);

export const WorkshopInput = v.object({
	title: text('title', 120),
	municipality: optionalText('municipality', 120),
	date,
	place: optionalText('place', 200),
	template: v.optional(v.picklist(TEMPLATE_IDS, 'template:unknown'), 'starter'),
	categories: v.optional(labels('categories', 1))
});

export const WorkshopUpdate = v.object({
	title: text('title', 120),
	municipality: optionalText('municipality', 120),
	date,
	place: optionalText('place', 200),
	categories: v.optional(labels('categories', 1)),
	anonymous: v.optional(v.boolean('anonymous:invalid')),
	minGroup: v.optional(
		v.pipe(
			v.number('minGroup:invalid'),
			v.integer('minGroup:invalid'),
			v.minValue(MIN_GROUP_RANGE.min, 'minGroup:invalid'),
			v.maxValue(MIN_GROUP_RANGE.max, 'minGroup:invalid')
		)
	)
});

export function workshopStatus(w: Pick<WorkshopRow, 'startedAt' | 'endedAt'>): WorkshopStatus {
	if (w.endedAt) return 'ended';
	if (w.startedAt) return 'running';
	return 'upcoming';
}

export function workshopSettings(w: Pick<WorkshopRow, 'settings'>): WorkshopSettings {
	const stored = w.settings as Omit<WorkshopSettings, 'minGroup'> & { minGroup?: unknown };
	return { ...stored, minGroup: minGroupOf(stored) };
}

/** `buendnisId` is trusted: open-workshop.ts checks it against the owner before. */
export function createWorkshop(db: Db, ownerId: string, input: unknown, buendnisId: string | null = null): Parsed<WorkshopRow> {
	const parsed = parse(WorkshopInput, input);
	if (!parsed.ok) return parsed;
	const { title, municipality, date, place, template, categories } = parsed.value;
	const base = TEMPLATES[template]!;
	const settings: WorkshopSettings = {
		categories: categories ?? [...base.categories],
		institutionTypes: [...base.institutionTypes],
		anonymous: true,
		minGroup: DEFAULT_MIN_GROUP
	};
	// better-sqlite3 runs the transaction on the one connection, so `db` inside it is part of it.
	return db.transaction(() => {
		const row: WorkshopRow = {
			id: randomId(),
			title,
			municipality,
			date,
			place,
			template,
			joinCode: freeJoinCode(db),
			settings,
			ownerId,
			buendnisId,
			startedAt: null,
			endedAt: null,
			createdAt: new Date()
		};
		insertWorkshop(db, row, [ownerId]);
		return { ok: true as const, value: row };
	});
}

/** A join code no workshop uses; call it inside the transaction that inserts the workshop. */
export function freeJoinCode(db: Db): string {
	for (let attempt = 0; attempt < 20; attempt++) {
		const joinCode = randomJoinCode();
		if (!db.select({ id: workshops.id }).from(workshops).where(eq(workshops.joinCode, joinCode)).get()) return joinCode;
	}
	throw new Error('no free join code after 20 attempts');
}

/** Inserts a workshop with its facilitators (the owner among them). */
export function insertWorkshop(db: Db, row: WorkshopRow, facilitatorIds: string[]): void {
	db.insert(workshops).values(row).run();
	for (const userId of new Set([row.ownerId, ...facilitatorIds])) {
		db.insert(workshopFacilitators).values({ workshopId: row.id, userId }).run();
	}
}

export function updateWorkshop(db: Db, workshop: WorkshopRow, input: unknown): Parsed<WorkshopRow> {
	const parsed = parse(WorkshopUpdate, input);
	if (!parsed.ok) return parsed;
	const { categories, anonymous, minGroup, ...fields } = parsed.value;
	const settings: WorkshopSettings = {
		...workshopSettings(workshop),
		...(categories ? { categories } : {}),
		...(anonymous !== undefined ? { anonymous } : {}),
		...(minGroup !== undefined ? { minGroup } : {})
	};
	const updated = { ...workshop, ...fields, settings };
	db.update(workshops).set({ ...fields, settings }).where(eq(workshops.id, workshop.id)).run();
	return { ok: true, value: updated };
}

export function getWorkshop(db: Db, id: string): WorkshopRow | undefined {
	return db.select().from(workshops).where(eq(workshops.id, id)).get();
}

export function findWorkshopByJoinCode(db: Db, joinCode: string): WorkshopRow | undefined {
	return db.select().from(workshops).where(eq(workshops.joinCode, joinCode)).get();
}

export function isFacilitator(db: Db, workshopId: string, userId: string): boolean {
	return !!db
		.select({ userId: workshopFacilitators.userId })
		.from(workshopFacilitators)
		.where(and(eq(workshopFacilitators.workshopId, workshopId), eq(workshopFacilitators.userId, userId)))
		.get();
}

export function listWorkshopsForUser(db: Db, userId: string): WorkshopRow[] {
	return db
		.select({ workshop: workshops })
		.from(workshopFacilitators)
		.innerJoin(workshops, eq(workshopFacilitators.workshopId, workshops.id))
		.where(eq(workshopFacilitators.userId, userId))
		.orderBy(desc(workshops.date), desc(workshops.createdAt))
		.all()
		.map((r) => r.workshop);
}

export function listFacilitators(db: Db, workshopId: string) {
	return db
		.select({ id: users.id, name: users.name, email: users.email })
		.from(workshopFacilitators)
		.innerJoin(users, eq(workshopFacilitators.userId, users.id))
		.where(eq(workshopFacilitators.workshopId, workshopId))
		.orderBy(workshopFacilitators.createdAt)
		.all();
}

export type AddFacilitatorResult = { ok: true; name: string } | { ok: false; code: 'unknown_user' | 'already' };

export function addFacilitator(db: Db, workshopId: string, email: string): AddFacilitatorResult {
	const user = db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
	if (!user) return { ok: false, code: 'unknown_user' };
	if (isFacilitator(db, workshopId, user.id)) return { ok: false, code: 'already' };
	db.insert(workshopFacilitators).values({ workshopId, userId: user.id }).run();
	return { ok: true, name: user.name };
}

export function removeFacilitator(db: Db, workshop: WorkshopRow, userId: string): boolean {
	// The owner stays: someone must be able to reach the workshop.
	if (userId === workshop.ownerId) return false;
	db.delete(workshopFacilitators)
		.where(and(eq(workshopFacilitators.workshopId, workshop.id), eq(workshopFacilitators.userId, userId)))
		.run();
	return true;
}

export function startWorkshop(db: Db, id: string, now = new Date()): void {
	db.update(workshops).set({ startedAt: now, endedAt: null }).where(eq(workshops.id, id)).run();
}

export function endWorkshop(db: Db, id: string, now = new Date()): void {
	db.transaction((tx) => {
		const row = tx.select({ startedAt: workshops.startedAt }).from(workshops).where(eq(workshops.id, id)).get();
		tx.update(workshops)
			.set({ endedAt: now, startedAt: row?.startedAt ?? now })
			.where(eq(workshops.id, id))
			.run();
	});
}

export function reopenWorkshop(db: Db, id: string): void {
	db.update(workshops).set({ endedAt: null }).where(eq(workshops.id, id)).run();
}

/** Deletes the workshop; foreign keys cascade to everything it holds. */
export function deleteWorkshop(db: Db, id: string): void {
	db.delete(workshops).where(eq(workshops.id, id)).run();
}

export function joinUrl(origin: string, joinCode: string): string {
	return `${origin}/j/${joinCode}`;
}
