import { jsonError } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

/** Unknown API routes answer in JSON, not with the HTML error page. */
export const fallback: RequestHandler = ({ url }) => jsonError(404, 'not_found', `No route ${url.pathname}`);
