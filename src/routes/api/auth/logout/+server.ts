import { endSession } from '$lib/server/identity/end-session';
import { deleteSessionCookie } from '$lib/server/identity/cookie';
import { appContext } from '$lib/server/context';
import { jsonError } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ locals, cookies, url }) => {
	if (!locals.session) return jsonError(401, 'unauthorized', 'Not signed in');
	endSession(appContext(), locals.session.id);
	deleteSessionCookie(cookies, url);
	return new Response(null, { status: 204 });
};
