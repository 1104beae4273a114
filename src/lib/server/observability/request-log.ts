import type { Handle, HandleServerError } from '@sveltejs/kit';
import { appContext } from '../context.ts';
import { requestId } from './request-id.ts';

/** Requests SvelteKit matched to no route: one label for all of them, not their paths. */
const UNMATCHED = 'unmatched';

/**
 * One log line and one metrics observation per request, both by route id: paths hold join codes,
 * share tokens and ids, and the log holds no personal data. The id ties the line to the proxy's
 * log and goes back to the client in `x-request-id`.
 */
export const handleRequestLog: Handle = async ({ event, resolve }) => {
	const { log, metrics } = appContext();
	const id = requestId(event.request.headers.get('x-request-id'));
	event.locals.requestId = id;
	const started = performance.now();
	const response = await resolve(event);
	const seconds = (performance.now() - started) / 1000;
	const route = event.route.id ?? UNMATCHED;
	const { method } = event.request;
	metrics.httpRequest({ method, route, status: response.status, seconds });
	log.info('request', { requestId: id, method, route, status: response.status, durationMs: Math.round(seconds * 1e4) / 10 });
	response.headers.set('x-request-id', id);
	return response;
};

/** Unexpected errors as log lines like every other, with the request they broke; the client sees SvelteKit's generic message. */
export const logServerError: HandleServerError = ({ error, event, status }) => {
	appContext().log.error(error instanceof Error ? error.message : String(error), {
		requestId: event.locals.requestId ?? null,
		route: event.route.id ?? UNMATCHED,
		status,
		stack: error instanceof Error ? (error.stack ?? null) : null
	});
};
