import { workshopRole, type WorkshopRole } from './access.ts';
import { appContext } from '../context.ts';
import { jsonError } from '../http/http.ts';
import { getWorkshop, type WorkshopRow } from './workshops.ts';

export type WorkshopAccess = { ok: true; workshop: WorkshopRow; role: WorkshopRole } | { ok: false; response: Response };

/**
 * Loads a workshop for an API call and checks the caller's role: 401 without a session,
 * 404 for an unknown id, 403 when the session belongs elsewhere or lacks the role.
 */
export function workshopForApi(
	locals: App.Locals,
	id: string,
	allowed: readonly WorkshopRole[] = ['facilitator', 'participant', 'viewer']
): WorkshopAccess {
	if (!locals.session) return { ok: false, response: jsonError(401, 'unauthorized', 'Not signed in') };
	const { db } = appContext();
	const workshop = getWorkshop(db, id);
	if (!workshop) return { ok: false, response: jsonError(404, 'not_found', 'No such workshop') };
	const role = workshopRole(db, locals.session, workshop.id);
	if (!role || !allowed.includes(role)) {
		return { ok: false, response: jsonError(403, 'forbidden', 'No access to this workshop') };
	}
	return { ok: true, workshop, role };
}
