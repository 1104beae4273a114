import * as v from 'valibot';
import { PHASES } from '$lib/board/facilitator-state';
import { stateCommand } from '$lib/server/workshop/state-command';
import type { RequestHandler } from './$types';

const PhaseInput = v.object({ phase: v.picklist(PHASES, 'phase:unknown') });

/** Sets the phase through the server-owned state document; every connected client follows. */
export const POST: RequestHandler = (event) => stateCommand(event, PhaseInput, ({ phase }) => ({ phase }));
