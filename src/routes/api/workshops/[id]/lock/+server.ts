import * as v from 'valibot';
import { stateCommand } from '$lib/server/workshop/state-command';
import type { RequestHandler } from './$types';

const LockInput = v.object({ locked: v.boolean('locked:invalid') });

/** Locks the board for everyone (the write check refuses every client update) or unlocks it. */
export const POST: RequestHandler = (event) => stateCommand(event, LockInput, ({ locked }) => ({ locked }));
