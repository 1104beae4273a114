import { publicListResponse } from '$lib/server/angebote/public-angebote';
import { appContext } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The public list as JSON, for anyone: the same published Angebote as /angebote/:id. */
export const GET: RequestHandler = ({ params }) => publicListResponse(appContext().db, params.id, 'buendnis');
