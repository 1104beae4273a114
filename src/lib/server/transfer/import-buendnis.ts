import { eq } from 'drizzle-orm';
import * as v from 'valibot';
import type { DocPersistence } from '../../realtime/persistence.ts';
import type { Db } from '../db/open.ts';
import { buendnisFacilitators, buendnisse } from '../db/schema.ts';
import { randomId } from '../db/ids.ts';
import { deleteWorkshop } from '../workshop/workshops.ts';
import { checkAngebote, restoreAngebote } from './angebote-transfer.ts';
import { BuendnisTransfer } from './buendnis-format.ts';
import type { WorkshopTransfer } from './format.ts';
import { importAccounts } from './import-accounts.ts';
import { importWorkshop } from './import-workshop.ts';

export type BuendnisImportResult =
	| { ok: true; buendnisId: string; workshops: number; missingFacilitators: string[] }
	| { ok: false; error: string };

/**
 * A Folgetreffen's Rückblick names the workshops its Maßnahmen live in: point it at their new ids,
 * so the review goes on where it was instead of losing its items at the next step.
 */
function withReviewIn(workshop: WorkshopTransfer, ids: ReadonlyMap<string, string>): WorkshopTransfer {
	const state = workshop.state.state as { review?: { items?: { workshopId?: unknown }[] } } | undefined;
	const items = state?.review?.items;
	if (!Array.isArray(items)) return workshop;
	const remapped = items.map((item) => (typeof item.workshopId === 'string' && ids.has(item.workshopId) ? { ...item, workshopId: ids.get(item.workshopId) } : item));
	return { ...workshop, state: { ...workshop.state, state: { ...state, review: { ...state!.review, items: remapped } } } };
}

/**
 * Restores a Bündnis from its export as a new Bündnis, with every workshop imported into it
 * (import-workshop.ts). Facilitators are matched by email; the owner must have an account (or be
 * named). A workshop that cannot be imported takes the whole import back, Angebote included (they
 * go with the Bündnis row): no half Bündnis.
 */
export async function importBuendnis(
	db: Db,
	persistence: DocPersistence,
	input: unknown,
	options: { ownerEmail?: string } = {}
): Promise<BuendnisImportResult> {
	const parsed = v.safeParse(BuendnisTransfer, input);
	if (!parsed.success) {
		const where = parsed.issues[0]?.path?.map((p) => String(p.key)).join('.') || '(file)';
		return { ok: false, error: `not a Pinnwand Bündnis export (${where}: ${parsed.issues[0]?.message})` };
	}
	const data = parsed.output;
	const angebote = checkAngebote(data.angebote);
	if (!angebote.ok) return angebote;
	const accounts = importAccounts(db, data.facilitators, options.ownerEmail);
	if (!accounts.ok) return accounts;
	const { owner } = accounts;
	const buendnisId = randomId();
	db.transaction(() => {
		const { name, municipality, members, createdAt } = data.buendnis;
		db.insert(buendnisse).values({ id: buendnisId, name, municipality, members, ownerId: owner.id, calendarFeedId: null, createdAt: new Date(createdAt) }).run();
		for (const userId of new Set([owner.id, ...accounts.linked])) {
			db.insert(buendnisFacilitators).values({ buendnisId, userId }).run();
		}
		restoreAngebote(db, { kind: 'buendnis', id: buendnisId }, angebote.angebote);
	});
	const ids = new Map<string, string>();
	const undo = () => {
		for (const id of ids.values()) deleteWorkshop(db, id);
		db.delete(buendnisse).where(eq(buendnisse.id, buendnisId)).run();
	};
	for (const [i, workshop] of data.workshops.entries()) {
		const result = await importWorkshop(db, persistence, withReviewIn(workshop, ids), { ownerEmail: owner.email, buendnisId }).catch((error: unknown) => {
			undo();
			throw error;
		});
		if (!result.ok) {
			undo();
			return { ok: false, error: `workshop ${i + 1} (${workshop.workshop.title}): ${result.error}` };
		}
		ids.set(workshop.workshop.id, result.workshopId);
	}
	return { ok: true, buendnisId, workshops: ids.size, missingFacilitators: accounts.missing };
}
