import type { Review, ReviewItem } from '../../board/facilitator-state.ts';
import type { PlanRow } from '../../board/plan-filter.ts';
import type { BoardResult } from '../../board/result.ts';
import { fail, ok } from '../../board/result.ts';
import type { ActionStatus } from '../../board/schema.ts';
import type { AppContext } from '../context.ts';
import { changeAction } from '../plan/action-plan.ts';
import type { WorkshopRow } from '../workshop/workshops.ts';
import { readBuendnisPlan } from './buendnis-plan.ts';

/**
 * The Rückblick of a Folgetreffen: the Bündnis' open Maßnahmen from its other workshops, one at a
 * time on the wall and the Beamer. The Maßnahmen stay on their own workshops' boards (the
 * Bündnis plan, share links and exports read them there); the Rückblick is a view kept in the
 * Folgetreffen's state document, re-read from those boards on every step, so that a change made
 * meanwhile through a share link shows too.
 */

type Context = Pick<AppContext, 'db' | 'rooms'>;

const key = (item: Pick<ReviewItem, 'workshopId' | 'actionId'>) => `${item.workshopId}/${item.actionId}`;

function reviewItem(row: PlanRow): ReviewItem {
	const { workshopId, workshopTitle, id: actionId, title, thema, owner, due, status, statusNote } = row;
	return { workshopId, workshopTitle, actionId, title, thema, owner, due, status, statusNote };
}

/** Every Maßnahme of the Bündnis' other workshops, as their boards hold it now. */
async function buendnisItems(context: Context, workshop: WorkshopRow): Promise<Map<string, ReviewItem>> {
	if (!workshop.buendnisId) return new Map();
	const rows = await readBuendnisPlan(context, workshop.buendnisId);
	const items = rows.filter((row) => row.workshopId !== workshop.id).map(reviewItem);
	return new Map(items.map((item) => [key(item), item]));
}

/** Starts (or starts over): what is not done yet, earliest Frist first. */
export async function startReview(context: Context, workshop: WorkshopRow): Promise<Review> {
	const items = [...(await buendnisItems(context, workshop)).values()].filter((item) => item.status !== 'done');
	return { items, current: 0 };
}

/**
 * The same Maßnahmen as they are now; one deleted meanwhile, or whose workshop left the Bündnis,
 * leaves the list. One that got done stays, so the group sees it was.
 */
export async function refreshReview(context: Context, workshop: WorkshopRow, review: Review, current = review.current): Promise<Review> {
	const fresh = await buendnisItems(context, workshop);
	const shown = review.items[current];
	const items = review.items.flatMap((item) => fresh.get(key(item)) ?? []);
	const at = shown ? items.findIndex((item) => key(item) === key(shown)) : -1;
	return { items, current: at >= 0 ? at : Math.min(current, Math.max(items.length - 1, 0)) };
}

export interface ReviewStatus {
	workshopId: string;
	actionId: string;
	status: ActionStatus;
	statusNote?: string;
}

/**
 * Sets a reviewed Maßnahme's status on its own workshop's board, so that its history, the
 * Bündnis plan and every open board follow. Only a Maßnahme the Rückblick shows: the Folgetreffen
 * opens no other workshop.
 */
export async function setReviewStatus(
	context: Context,
	workshop: WorkshopRow,
	review: Review,
	change: ReviewStatus,
	byName: string
): Promise<BoardResult<Review>> {
	const refreshed = await refreshReview(context, workshop, review);
	const index = refreshed.items.findIndex((item) => key(item) === key(change));
	if (index < 0) return fail('action', 'not_found');
	const { status, statusNote } = change;
	const result = await changeAction(context, change.workshopId, change.actionId, { status, statusNote }, { kind: 'person', name: byName });
	if (!result.ok) return result;
	return ok(await refreshReview(context, workshop, refreshed, index));
}
