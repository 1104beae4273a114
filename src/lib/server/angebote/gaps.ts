import { gapMatrix, type GapRow } from '../../board/angebote.ts';
import { buendnisWorkshops } from '../buendnis/buendnisse.ts';
import type { AppContext } from '../context.ts';
import { readActionPlan } from '../plan/action-plan.ts';
import { listAngebote } from './angebote.ts';

/** The Bündnis' Themen, the clusters of its workshops' walls, oldest workshop first. */
export async function buendnisThemen(context: Pick<AppContext, 'db' | 'rooms'>, buendnisId: string): Promise<string[]> {
	const themen: string[] = [];
	for (const workshop of buendnisWorkshops(context.db, buendnisId).reverse()) {
		themen.push(...(await readActionPlan(context, workshop.id)).clusters.map((c) => c.title));
	}
	return themen;
}

export async function buendnisGaps(context: Pick<AppContext, 'db' | 'rooms'>, buendnisId: string): Promise<GapRow[]> {
	return gapMatrix(await buendnisThemen(context, buendnisId), listAngebote(context.db, buendnisId));
}
