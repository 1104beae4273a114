import * as v from 'valibot';
import { TEMPLATES } from '../../board/templates.ts';
import { facilitatesBuendnis, getBuendnis } from '../buendnis/buendnisse.ts';
import type { AppContext } from '../context.ts';
import type { Parsed } from '../http/validation.ts';
import { createWorkshop, type WorkshopRow } from './workshops.ts';

const Placement = v.object({
	template: v.optional(v.string()),
	buendnisId: v.optional(v.nullable(v.string()))
});

/**
 * A new workshop from the dashboard or the API, straight into a Bündnis when one is named. A
 * Folgetreffen must be in a Bündnis its owner works on: its Rückblick reviews that Bündnis'
 * Maßnahmen. An unknown Bündnis and one of other facilitators read the same (`not_found`), so the
 * answer tells no one which Bündnisse exist. The workshop starts in its template's first phase.
 */
export async function openWorkshop(
	context: Pick<AppContext, 'db' | 'rooms'>,
	ownerId: string,
	input: unknown
): Promise<Parsed<WorkshopRow>> {
	const placement = v.safeParse(Placement, input);
	if (!placement.success) return { ok: false, errors: { buendnisId: 'invalid' } };
	const buendnisId = placement.output.buendnisId || null;
	const template = TEMPLATES[placement.output.template ?? 'starter'];
	if (template?.needsBuendnis && !buendnisId) return { ok: false, errors: { buendnisId: 'required' } };
	if (buendnisId && !(getBuendnis(context.db, buendnisId) && facilitatesBuendnis(context.db, buendnisId, ownerId))) {
		return { ok: false, errors: { buendnisId: 'not_found' } };
	}
	const created = createWorkshop(context.db, ownerId, input, buendnisId);
	if (!created.ok) return created;
	const [first] = TEMPLATES[created.value.template]!.phases;
	// 'ankommen' is what a state document without a phase reads as: no room to open for it.
	if (first && first !== 'ankommen') await context.rooms.changeState(created.value.id, { phase: first });
	return created;
}
