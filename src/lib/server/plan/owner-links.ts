import { and, desc, eq, isNull } from 'drizzle-orm';
import * as v from 'valibot';
import { byFrist } from '../../board/plan-filter.ts';
import { fail, ok, type BoardResult } from '../../board/result.ts';
import { getAction } from '../../board/selectors.ts';
import { buendnisWorkshops } from '../buendnis/buendnisse.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import { ownerLinks, workshops } from '../db/schema.ts';
import { generateSessionToken, sessionIdFromToken } from '../identity/session.ts';
import type { WorkshopRow } from '../workshop/workshops.ts';
import { changeAction, readActionPlan, type PlanItem } from './action-plan.ts';

/**
 * Links for a Maßnahme's Verantwortliche: no account, no Kerngruppe plan, only the Maßnahmen their
 * institution is responsible for, and on those only what an owner reports (status, Stand, Frist).
 */

type Context = Pick<AppContext, 'db' | 'rooms'>;
export type OwnerLink = typeof ownerLinks.$inferSelect;

/** "VHS", " vhs " and "VHS  Musterstadt" vs "VHS Musterstadt": one institution however it was typed. */
export const ownerKey = (owner: string) => owner.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
export const sameOwner = (a: string, b: string) => ownerKey(a) !== '' && ownerKey(a) === ownerKey(b);

/** What an owner may change: nothing else gets through, not even as an unknown field. */
export const OwnerPatch = v.strictObject(
	{
		status: v.optional(v.string('status:invalid')),
		statusNote: v.optional(v.string('statusNote:invalid')),
		due: v.optional(v.nullable(v.pipe(v.string('due:invalid'), v.transform((s) => (s.trim() === '' ? null : s.trim())))))
	},
	'field:not_allowed'
);
export type OwnerPatch = v.InferOutput<typeof OwnerPatch>;

/** A link for the Verantwortliche of one Maßnahme, as it reads now; a Maßnahme without one gets none. */
export async function createOwnerLink(
	context: Context,
	workshopId: string,
	actionId: string
): Promise<BoardResult<{ link: OwnerLink; token: string }>> {
	const action = await context.rooms.read(workshopId, 'board', (doc) => getAction(doc, actionId));
	if (!action || action.deletedAt !== null) return fail('action', 'not_found');
	if (action.owner.trim() === '') return fail('owner', 'required');
	const token = generateSessionToken();
	const link: OwnerLink = {
		id: sessionIdFromToken(token),
		workshopId,
		actionId,
		owner: action.owner.trim(),
		contact: action.contact.trim(),
		createdAt: new Date(),
		revokedAt: null
	};
	context.db.insert(ownerLinks).values(link).run();
	return ok({ link, token });
}

export function listOwnerLinks(db: Db, workshopId: string): OwnerLink[] {
	return db.select().from(ownerLinks).where(eq(ownerLinks.workshopId, workshopId)).orderBy(desc(ownerLinks.createdAt)).all();
}

/** Revokes a link of this workshop; false when there is no such live link. */
export function revokeOwnerLink(db: Db, workshopId: string, linkId: string): boolean {
	const result = db
		.update(ownerLinks)
		.set({ revokedAt: new Date() })
		.where(and(eq(ownerLinks.id, linkId), eq(ownerLinks.workshopId, workshopId), isNull(ownerLinks.revokedAt)))
		.run();
	return result.changes > 0;
}

/** The link and its workshop, or null for unknown and revoked links. */
export function resolveOwnerLink(db: Db, token: string): { link: OwnerLink; workshop: WorkshopRow } | null {
	if (!/^[a-z2-7]{32}$/.test(token)) return null;
	const row = db
		.select({ link: ownerLinks, workshop: workshops })
		.from(ownerLinks)
		.innerJoin(workshops, eq(ownerLinks.workshopId, workshops.id))
		.where(and(eq(ownerLinks.id, sessionIdFromToken(token)), isNull(ownerLinks.revokedAt)))
		.get();
	return row ?? null;
}

export function ownerUrl(origin: string, token: string): string {
	return `${origin}/v/${token}`;
}

export interface OwnerItem extends PlanItem {
	workshopId: string;
	workshopTitle: string;
	thema: string | null;
}

/**
 * The Maßnahmen the link's institution is responsible for now: in its workshop, or in every
 * workshop of the Bündnis the workshop belongs to. The link's own Maßnahme first, then by Frist.
 */
export async function ownerItems(context: Context, link: OwnerLink, workshop: WorkshopRow): Promise<OwnerItem[]> {
	const scope = workshop.buendnisId ? buendnisWorkshops(context.db, workshop.buendnisId) : [workshop];
	const items: OwnerItem[] = [];
	for (const w of scope) {
		const plan = await readActionPlan(context, w.id);
		const themen = new Map(plan.clusters.map((c) => [c.id, c.title]));
		for (const item of plan.items) {
			if (!sameOwner(item.owner, link.owner)) continue;
			items.push({ ...item, workshopId: w.id, workshopTitle: w.title, thema: item.clusterId ? (themen.get(item.clusterId) ?? null) : null });
		}
	}
	const own = (item: OwnerItem) => item.workshopId === link.workshopId && item.id === link.actionId;
	return items.sort((a, b) => Number(own(b)) - Number(own(a)) || byFrist(a, b));
}

/** Changes one of the link's Maßnahmen on its own board; the history names the institution. */
export async function changeOwnerAction(
	context: Context,
	found: { link: OwnerLink; workshop: WorkshopRow },
	actionId: string,
	patch: OwnerPatch
): Promise<BoardResult> {
	const item = (await ownerItems(context, found.link, found.workshop)).find((i) => i.id === actionId);
	if (!item) return fail('action', 'not_found');
	return changeAction(context, item.workshopId, actionId, patch, { kind: 'owner', owner: found.link.owner });
}
