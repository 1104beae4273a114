import type { User } from '../identity/session.ts';
import { jsonError } from './http.ts';

export type UserAccess = { ok: true; user: User } | { ok: false; response: Response };

/**
 * Facilitator-only API calls: 401 without a session, 403 for a session that is not an account's
 * (a participant or a Beamer link). A 401 would tell those clients their session is gone.
 */
export function userForApi(locals: App.Locals): UserAccess {
	if (!locals.session) return { ok: false, response: jsonError(401, 'unauthorized', 'Not signed in') };
	if (!locals.user) return { ok: false, response: jsonError(403, 'forbidden', 'Facilitators only') };
	return { ok: true, user: locals.user };
}
