import * as v from 'valibot';
import { addAction } from '../../board/actions.ts';
import { gapMatrix, RESIDENCE_STATUSES, themaKey, type GapRef, type GapRow } from '../../board/angebote.ts';
import type { HistoryActor } from '../../board/history-actor.ts';
import { fail, type BoardResult } from '../../board/result.ts';
import type { ActionStatus } from '../../board/schema.ts';
import { listActions, listClusters } from '../../board/selectors.ts';
import type { AppContext } from '../context.ts';
import { actingAs } from '../plan/action-history.ts';
import type { ReportGapRow } from '../export/report.ts';
import { text } from '../http/validation.ts';
import { listAngebote } from './angebote.ts';
import { ownerOf, ownerWorkshops, type AngebotOwner } from './owner.ts';

type Context = Pick<AppContext, 'db' | 'rooms'>;

/** A Maßnahme made from a Lücke, as its cell lists it. */
export interface GapAction {
	id: string;
	workshopId: string;
	title: string;
	owner: string;
	status: ActionStatus;
	gap: GapRef | null;
}

/** The owner's Themen, the clusters of its workshops' walls, oldest workshop first. */
export async function ownerThemen(context: Context, owner: AngebotOwner): Promise<string[]> {
	return (await ownerWalls(context, owner)).themen;
}

async function ownerWalls(context: Context, owner: AngebotOwner): Promise<{ themen: string[]; actions: GapAction[] }> {
	const themen: string[] = [];
	const actions: GapAction[] = [];
	for (const workshop of ownerWorkshops(context.db, owner).reverse()) {
		// The board alone: the Maßnahmen's history (readActionPlan) is not needed here.
		const plan = await context.rooms.read(workshop.id, 'board', (doc) => ({ clusters: listClusters(doc), items: listActions(doc) }));
		themen.push(...plan.clusters.map((c) => c.title));
		for (const { id, title, owner, status, gap } of plan.items) {
			if (gap) actions.push({ id, workshopId: workshop.id, title, owner, status, gap });
		}
	}
	return { themen, actions };
}

export async function ownerGaps(context: Context, owner: AngebotOwner): Promise<GapRow<GapAction>[]> {
	const { themen, actions } = await ownerWalls(context, owner);
	return gapMatrix(themen, listAngebote(context.db, owner), actions);
}

/**
 * The Lückenanalyse of one workshop's Themen for its Ergebnisprotokoll and the Beamer: against
 * the Angebote of its Bündnis (or its own without one), with the Maßnahmen any workshop of the
 * Bündnis made from a Lücke.
 */
export async function workshopGaps(context: Context, workshop: { id: string; buendnisId: string | null }): Promise<ReportGapRow[]> {
	const owner = ownerOf(workshop);
	const { actions } = await ownerWalls(context, owner);
	const themen = await context.rooms.read(workshop.id, 'board', (doc) => listClusters(doc).map((c) => c.title));
	return gapMatrix(themen, listAngebote(context.db, owner), actions).map(({ thema, cells }) => ({
		thema,
		cells: Object.fromEntries(
			RESIDENCE_STATUSES.map((status) => {
				const { ja, unklar, actions } = cells[status];
				return [status, { ja, unklar, actions: actions.map(({ title, status }) => ({ title, status })) }];
			})
		) as ReportGapRow['cells']
	}));
}

/** Shape only; the board domain checks title, owner and Frist as for any Maßnahme. */
/** A Lücke as a link or a form names it. */
export const GapRefInput = v.object({
	thema: text('thema', 200),
	status: v.picklist(RESIDENCE_STATUSES, 'status:invalid')
});

export const GapActionInput = v.object({
	...GapRefInput.entries,
	title: v.string('title:required'),
	owner: v.optional(v.string('owner:invalid'), ''),
	due: v.optional(v.pipe(v.string('due:invalid'), v.transform((s) => (s.trim() === '' ? null : s.trim()))), '')
});
export type GapActionInput = v.InferOutput<typeof GapActionInput>;

/**
 * Makes a Maßnahme to close a Lücke. It goes on the wall of the newest workshop that has the
 * Thema, under that Thema, so it is reviewed with the Maßnahmen of the same Thema; it keeps the
 * Lücke, so the Lückenanalyse shows what is being done about it.
 */
export async function createGapAction(
	context: Context,
	owner: AngebotOwner,
	input: GapActionInput,
	actor: HistoryActor
): Promise<BoardResult<{ workshopId: string; actionId: string }>> {
	const key = themaKey(input.thema);
	for (const workshop of ownerWorkshops(context.db, owner)) {
		const cluster = await context.rooms.read(workshop.id, 'board', (doc) => listClusters(doc).find((c) => themaKey(c.title) === key));
		if (!cluster) continue;
		const created = await context.rooms.change(
			workshop.id,
			'board',
			(doc) =>
				addAction(doc, {
					title: input.title,
					owner: input.owner,
					due: input.due,
					clusterId: cluster.id,
					gap: { thema: cluster.title, status: input.status }
				}),
			actingAs(actor)
		);
		return created.ok ? { ok: true, value: { workshopId: workshop.id, actionId: created.value } } : created;
	}
	return fail('thema', 'not_found');
}
