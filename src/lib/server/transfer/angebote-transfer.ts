import { asc, inArray } from 'drizzle-orm';
import * as v from 'valibot';
import { ANGEBOT_FIELDS, angebotTexts, parseAngebot, themaKey, type Angebot } from '../../board/angebote.ts';
import type { Db } from '../db/open.ts';
import { angebote, angebotMatchDismissals } from '../db/schema.ts';
import { randomId } from '../db/ids.ts';
import { listAngebote } from '../angebote/angebote.ts';
import { ownedBy, ownerColumns, type AngebotOwner } from '../angebote/owner.ts';

const iso = v.pipe(v.string(), v.isoTimestamp());

/**
 * An Angebot in a Bündnis export, or in the export of a workshop without a Bündnis: its fields as the texts of its form, so that an import checks
 * them with parseAngebot, the rules every other way in uses; whether it is public; and the
 * Themen the facilitator turned down as matches, which go with the Angebot's new id.
 */
export const AngebotTransfer = v.object({
	fields: v.record(v.picklist(ANGEBOT_FIELDS), v.string()),
	published: v.boolean(),
	createdAt: iso,
	updatedAt: iso,
	dismissedThemen: v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(200)))
});
export type AngebotTransfer = v.InferOutput<typeof AngebotTransfer>;

export function exportAngebote(db: Db, owner: AngebotOwner): AngebotTransfer[] {
	const rows = db
		.select({ id: angebote.id, createdAt: angebote.createdAt, updatedAt: angebote.updatedAt })
		.from(angebote)
		.where(ownedBy(owner))
		.all();
	const times = new Map(rows.map((row) => [row.id, row]));
	const dismissals = db
		.select({ angebotId: angebotMatchDismissals.angebotId, thema: angebotMatchDismissals.thema })
		.from(angebotMatchDismissals)
		.where(inArray(angebotMatchDismissals.angebotId, [...times.keys()]))
		.orderBy(asc(angebotMatchDismissals.thema))
		.all();
	return listAngebote(db, owner).map(({ id, published, ...data }) => ({
		fields: angebotTexts(data),
		published,
		createdAt: times.get(id)!.createdAt.toISOString(),
		updatedAt: times.get(id)!.updatedAt.toISOString(),
		dismissedThemen: dismissals.filter((d) => d.angebotId === id).map((d) => d.thema)
	}));
}

export type CheckedAngebote = { ok: true; angebote: (AngebotTransfer & { data: Angebot })[] } | { ok: false; error: string };

/** Every Angebot of the file by the form's rules, before anything is written: all or none. */
export function checkAngebote(list: readonly AngebotTransfer[]): CheckedAngebote {
	const checked = [];
	for (const [i, angebot] of list.entries()) {
		const parsed = parseAngebot(angebot.fields);
		if (!parsed.ok) {
			const problems = parsed.errors.map((e) => `${e.field}: ${e.code}`).join(', ');
			return { ok: false, error: `Angebot ${i + 1} (${angebot.fields.title ?? ''}): ${problems}` };
		}
		checked.push({ ...angebot, data: parsed.value });
	}
	return { ok: true, angebote: checked };
}

/** Writes checked Angebote onto the owner's list under new ids; the caller's transaction makes it all or none. */
export function restoreAngebote(db: Db, owner: AngebotOwner, list: Extract<CheckedAngebote, { ok: true }>['angebote']): void {
	for (const angebot of list) {
		const id = randomId();
		db.insert(angebote)
			.values({ id, ...ownerColumns(owner), data: angebot.data, published: angebot.published, createdAt: new Date(angebot.createdAt), updatedAt: new Date(angebot.updatedAt) })
			.run();
		for (const thema of new Set(angebot.dismissedThemen.map(themaKey))) {
			db.insert(angebotMatchDismissals).values({ angebotId: id, thema }).run();
		}
	}
}
