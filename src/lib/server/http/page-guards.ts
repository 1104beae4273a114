import { error, redirect } from '@sveltejs/kit';
import { workshopRole, type WorkshopRole } from '../workshop/access.ts';
import type { User } from '../identity/session.ts';
import { appContext } from '../context.ts';
import { getWorkshop, isFacilitator, type WorkshopRow } from '../workshop/workshops.ts';

/** Facilitator pages: without an account session, off to the login and back afterwards. */
export function requireUser(locals: App.Locals, url: URL): User {
	if (!locals.user) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	return locals.user;
}

/** A workshop page for its facilitators only; others get 404 or 403 like the API. */
export function facilitatorWorkshop(locals: App.Locals, url: URL, id: string): { user: User; workshop: WorkshopRow } {
	const user = requireUser(locals, url);
	const { db } = appContext();
	const workshop = getWorkshop(db, id);
	if (!workshop) error(404, { message: 'not_found', code: 'not_found' });
	if (!isFacilitator(db, workshop.id, user.id)) error(403, { message: 'forbidden', code: 'forbidden' });
	return { user, workshop };
}

/**
 * A workshop page for every member: facilitators (without a session, off to the login),
 * participants and viewers of that workshop; 404 for an unknown id, 403 for everyone else.
 */
export function memberWorkshop(locals: App.Locals, url: URL, id: string): { workshop: WorkshopRow; role: WorkshopRole } {
	if (!locals.session || locals.session.kind === 'user') {
		return { workshop: facilitatorWorkshop(locals, url, id).workshop, role: 'facilitator' };
	}
	const { db } = appContext();
	const workshop = getWorkshop(db, id);
	if (!workshop) error(404, { message: 'not_found', code: 'not_found' });
	const role = workshopRole(db, locals.session, workshop.id);
	if (!role) error(403, { message: 'forbidden', code: 'forbidden' });
	return { workshop, role };
}
