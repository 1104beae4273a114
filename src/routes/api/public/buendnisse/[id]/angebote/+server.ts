import { json } from '@sveltejs/kit';
import { publicAngebote } from '$lib/server/angebote/public-angebote';
import { appContext } from '$lib/server/context';
import { jsonError } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

/** The public list as JSON, for anyone: the same published Angebote as /angebote/:id. */
export const GET: RequestHandler = ({ params }) => {
	const list = publicAngebote(appContext().db, params.id);
	if (!list) return jsonError(404, 'not_found', 'No such Bündnis');
	return json(list, { headers: { 'x-robots-tag': 'noindex' } });
};
