import type { ActionPlan, PlanItem } from './action-plan.ts';
import type { BoardFailure } from '../../board/result.ts';
import { jsonError } from '../http/http.ts';

export function planJson(plan: ActionPlan) {
	return { clusters: plan.clusters, items: plan.items.map(itemJson) };
}

/** A Maßnahme with its status history, times as ISO strings. */
export function itemJson<T extends PlanItem>({ history, ...item }: T) {
	return { ...item, history: history.map((h) => ({ at: h.at.toISOString(), actor: h.actor, from: h.from, to: h.to, note: h.note })) };
}

/** A share or owner link as its workshop's facilitators see it: never the token, which is not stored. */
export function linkJson<T extends { workshopId: string; createdAt: Date; revokedAt: Date | null }>({ workshopId: _, createdAt, revokedAt, ...rest }: T) {
	return { ...rest, createdAt: createdAt.toISOString(), revokedAt: revokedAt?.toISOString() ?? null };
}

/** A refused board operation as the contract's JSON error: 404 for a missing item, else 400. */
export function boardError(result: BoardFailure): Response {
	const status = result.code === 'not_found' && result.field === 'action' ? 404 : 400;
	return jsonError(status, status === 404 ? 'not_found' : 'invalid_input', `${result.field}: ${result.code}`, {
		fields: { [result.field]: result.code }
	});
}
