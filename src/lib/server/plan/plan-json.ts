import type { ActionPlan } from './action-plan.ts';
import type { BoardFailure } from '../../board/result.ts';
import { jsonError } from '../http/http.ts';

export function planJson(plan: ActionPlan) {
	return {
		clusters: plan.clusters,
		items: plan.items.map(({ history, ...item }) => ({
			...item,
			history: history.map((h) => ({ at: h.at.toISOString(), actor: h.actor, from: h.from, to: h.to, note: h.note }))
		}))
	};
}

/** A refused board operation as the contract's JSON error: 404 for a missing item, else 400. */
export function boardError(result: BoardFailure): Response {
	const status = result.code === 'not_found' && result.field === 'action' ? 404 : 400;
	return jsonError(status, status === 404 ? 'not_found' : 'invalid_input', `${result.field}: ${result.code}`, {
		fields: { [result.field]: result.code }
	});
}
