import { createHash } from 'node:crypto';
import { and, asc, eq, max } from 'drizzle-orm';
import { listActions, listClusters } from '../../board/selectors.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import { angebotMatchDismissals, angebote, docUpdates } from '../db/schema.ts';
import { ownedBy, ownerWorkshops, type AngebotOwner } from './owner.ts';

type Context = Pick<AppContext, 'db' | 'rooms'>;

/** Per workshop: the last stored change of its wall, and what the wall then held for the page. */
const walls = new Map<string, { updateId: number; digest: string }>();
/** Far more workshops than one instance serves; past it the memory is simply started afresh. */
const WALLS_KEPT = 5000;

/**
 * What the Angebote page shows of a wall: its Themen (the rows of the Lückenanalyse and the
 * chains) and the Maßnahmen made from a Lücke (in its cells). A card written during a workshop
 * changes neither, so an open page does not reload for it. The wall is read again only after a
 * change of it was stored.
 */
async function wallDigest(context: Context, workshopId: string): Promise<string> {
	const [last] = context.db
		.select({ id: max(docUpdates.id) })
		.from(docUpdates)
		.where(and(eq(docUpdates.workshopId, workshopId), eq(docUpdates.doc, 'board')))
		.all();
	const updateId = last?.id ?? 0;
	const known = walls.get(workshopId);
	if (known?.updateId === updateId) return known.digest;
	const digest = await context.rooms.read(workshopId, 'board', (doc) =>
		JSON.stringify([
			listClusters(doc).map((cluster) => cluster.title),
			listActions(doc)
				.filter((action) => action.gap)
				.map(({ id, title, owner, status, gap }) => [id, title, owner, status, gap])
		])
	);
	if (walls.size >= WALLS_KEPT) walls.clear();
	walls.set(workshopId, { updateId, digest });
	return digest;
}

function listFingerprint(db: Db, owner: AngebotOwner): unknown[] {
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
	return [rows.map((r) => [r.id, r.updatedAt.getTime(), r.published]), dismissed.map((d) => [d.angebotId, d.thema])];
}

const fingerprint = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);

/** The fingerprint of the list alone, for the Kerngruppe's page, which shows no wall. */
export function angeboteListVersion(db: Db, owner: AngebotOwner): string {
	return fingerprint(listFingerprint(db, owner));
}

/**
 * A short fingerprint of the facilitator's Angebote page: which Angebote exist, when each was last changed,
 * which are public, which proposals were dismissed, and the Themen and Lücke-Maßnahmen of the
 * walls they are read against. An open page asks for it now and then and reloads its data only
 * when it differs, so a change made elsewhere (another facilitator, the Kerngruppe link, a new
 * Thema on a wall) shows without anyone reloading, and no stream stays open.
 */
export async function angeboteVersion(context: Context, owner: AngebotOwner): Promise<string> {
	const wallDigests = [];
	for (const workshop of ownerWorkshops(context.db, owner)) wallDigests.push([workshop.id, await wallDigest(context, workshop.id)]);
	return fingerprint([...listFingerprint(context.db, owner), wallDigests]);
}
