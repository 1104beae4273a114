import * as v from 'valibot';
import { applyTimer, MAX_TIMER_MS } from '$lib/board/timer';
import { stateCommand } from '$lib/server/workshop/state-command';
import type { RequestHandler } from './$types';

const ms = (field: string, min: number) =>
	v.pipe(v.number(`${field}:invalid`), v.integer(`${field}:invalid`), v.minValue(min, `${field}:too_short`), v.maxValue(MAX_TIMER_MS, `${field}:too_long`));

const TimerInput = v.variant(
	'action',
	[
		v.object({ action: v.literal('start'), durationMs: ms('durationMs', 1000) }),
		v.object({ action: v.literal('pause') }),
		v.object({ action: v.literal('resume') }),
		v.object({ action: v.literal('add'), ms: ms('ms', -MAX_TIMER_MS) }),
		v.object({ action: v.literal('reset') })
	],
	'action:unknown'
);

/**
 * Starts, pauses, resumes, extends or resets the timer. The state keeps the server time at which a
 * running timer ends, read from the server clock inside the change, so every client agrees.
 */
export const POST: RequestHandler = (event) =>
	stateCommand(event, TimerInput, (command) => (current) => ({ timer: applyTimer(current.timer, command, Date.now()) }));
