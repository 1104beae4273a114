import * as v from 'valibot';
import { PHASES } from '$lib/board/facilitator-state';
import { phasesOf } from '$lib/board/templates';
import { jsonError } from '$lib/server/http/http';
import { stateCommand } from '$lib/server/workshop/state-command';
import type { RequestHandler } from './$types';

const PhaseInput = v.object({ phase: v.picklist(PHASES, 'phase:unknown') });

/**
 * Sets the phase through the server-owned state document; every connected client follows. Only
 * the phases of the workshop's template: a STARTER workshop has no Bündnis Maßnahmen to review.
 */
export const POST: RequestHandler = (event) =>
	stateCommand(event, PhaseInput, ({ phase }, workshop) =>
		phasesOf(workshop.template).includes(phase)
			? { phase }
			: jsonError(400, 'invalid_input', `phase: not in template ${workshop.template}`, { fields: { phase: 'unknown' } })
	);
