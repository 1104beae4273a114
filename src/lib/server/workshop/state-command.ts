import { json } from '@sveltejs/kit';
import type { GenericSchema, InferOutput } from 'valibot';
import type { FacilitatorState, StatePatch } from '../../board/facilitator-state.ts';
import { appContext } from '../context.ts';
import { readJson } from '../http/http.ts';
import { workshopForApi } from './workshop-access.ts';
import type { WorkshopRow } from './workshops.ts';

/**
 * The one shape of every facilitator control (phase, timer, lock, names, spotlight, silent):
 * facilitators only, the body parsed, the state document changed through the registry, and the
 * answer the whole state plus the server clock, so that the caller's timer needs no second request.
 */

export interface StateCommandEvent {
	locals: App.Locals;
	params: { id: string };
	request: Request;
}

/** The patch for a parsed command, or an error response when the command does not fit the board. */
export type CommandHandler<T> = (input: T, workshop: WorkshopRow) => StatePatch | Response | Promise<StatePatch | Response>;

export async function stateCommand<const S extends GenericSchema>(
	event: StateCommandEvent,
	schema: S,
	handle: CommandHandler<InferOutput<S>>
): Promise<Response> {
	const access = workshopForApi(event.locals, event.params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const body = await readJson(event.request, schema);
	if (!body.ok) return body.response;
	const patch = await handle(body.value, access.workshop);
	if (patch instanceof Response) return patch;
	return stateResponse(await appContext().rooms.changeState(access.workshop.id, patch));
}

/** The state as endpoints return it: with `serverNow`, the server clock when it was read. */
export function stateResponse(state: FacilitatorState, init?: ResponseInit): Response {
	return json({ ...state, serverNow: Date.now() }, init);
}
