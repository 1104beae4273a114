import * as v from 'valibot';
import { stateCommand } from '$lib/server/workshop/state-command';
import type { RequestHandler } from './$types';

const SilentInput = v.object({ silent: v.boolean('silent:invalid') });

/**
 * Silent collecting on or off. It applies during Sammeln: participants then post their cards to
 * the server (POST …/cards) and cannot write the board. Cards still waiting stay waiting when it
 * is switched off, until the facilitator reveals them.
 */
export const POST: RequestHandler = (event) => stateCommand(event, SilentInput, ({ silent }) => ({ silent }));
