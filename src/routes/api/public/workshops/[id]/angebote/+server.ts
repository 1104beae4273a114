import { publicListResponse } from '$lib/server/angebote/public-angebote';
import { appContext } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The public list of a workshop without a Bündnis, as JSON, for anyone: as /angebote/:id shows it. */
export const GET: RequestHandler = ({ params }) => publicListResponse(appContext().db, params.id, 'workshop');
