import * as v from 'valibot';
import { addAction, updateAction, type ActionPatch } from '../../board/actions.ts';
import type { HistoryActor } from '../../board/history-actor.ts';
import type { BoardResult } from '../../board/result.ts';
import type { Action } from '../../board/schema.ts';
import { listActions, listClusters } from '../../board/selectors.ts';
import { actingAs, historyOf, type HistoryEntry } from './action-history.ts';
import type { AppContext } from '../context.ts';

export interface PlanItem extends Action {
	history: HistoryEntry[];
}

export interface ActionPlan {
	items: PlanItem[];
	clusters: { id: string; title: string }[];
}

/** Shape only; the board domain checks lengths, dates, statuses and cluster ids. */
const optionalString = v.optional(v.string());
export const ActionInput = v.object({
	title: optionalString,
	clusterId: v.optional(v.nullable(v.string())),
	owner: optionalString,
	contact: optionalString,
	due: v.optional(v.nullable(v.pipe(v.string(), v.transform((s) => (s.trim() === '' ? null : s.trim()))))),
	status: optionalString,
	statusNote: optionalString,
	notes: optionalString
});
export type ActionInput = v.InferOutput<typeof ActionInput>;

type Context = Pick<AppContext, 'db' | 'rooms'>;

export async function readActionPlan(context: Context, workshopId: string): Promise<ActionPlan> {
	const history = historyOf(context.db, workshopId);
	return context.rooms.read(workshopId, 'board', (doc) => ({
		items: listActions(doc).map((action) => ({ ...action, history: history.get(action.id) ?? [] })),
		clusters: listClusters(doc).map(({ id, title }) => ({ id, title }))
	}));
}

/** Changes a Maßnahme in the live board on someone's behalf; the history records who. */
export function changeAction(
	context: Context,
	workshopId: string,
	actionId: string,
	patch: ActionInput,
	actor: HistoryActor
): Promise<BoardResult> {
	return context.rooms.change(workshopId, 'board', (doc) => updateAction(doc, actionId, patch as ActionPatch), actingAs(actor));
}

export function createAction(
	context: Context,
	workshopId: string,
	input: ActionInput,
	actor: HistoryActor
): Promise<BoardResult<string>> {
	return context.rooms.change(
		workshopId,
		'board',
		(doc) => addAction(doc, { ...(input as ActionPatch), title: input.title ?? '' }),
		actingAs(actor)
	);
}
