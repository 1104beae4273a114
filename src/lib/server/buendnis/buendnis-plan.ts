import { byFrist, type PlanRow } from '../../board/plan-filter.ts';
import type { AppContext } from '../context.ts';
import { readActionPlan } from '../plan/action-plan.ts';
import { buendnisWorkshops } from './buendnisse.ts';

/** Every Maßnahme of every workshop in the Bündnis, read from the workshops' boards, earliest Frist first. */
export async function readBuendnisPlan(context: Pick<AppContext, 'db' | 'rooms'>, buendnisId: string): Promise<PlanRow[]> {
	const rows: PlanRow[] = [];
	for (const workshop of buendnisWorkshops(context.db, buendnisId)) {
		const plan = await readActionPlan(context, workshop.id);
		const themen = new Map(plan.clusters.map((c) => [c.id, c.title]));
		for (const item of plan.items) {
			rows.push({
				workshopId: workshop.id,
				workshopTitle: workshop.title,
				id: item.id,
				title: item.title,
				thema: item.clusterId ? (themen.get(item.clusterId) ?? null) : null,
				owner: item.owner,
				contact: item.contact,
				due: item.due,
				status: item.status,
				statusNote: item.statusNote,
				notes: item.notes,
				gap: item.gap
			});
		}
	}
	return rows.sort(byFrist);
}
