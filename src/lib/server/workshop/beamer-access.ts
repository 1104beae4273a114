import { error, redirect, type Cookies } from '@sveltejs/kit';
import { workshopRole } from './access.ts';
import { setSessionCookie } from '../identity/cookie.ts';
import { validateSessionToken } from '../identity/session.ts';
import { appContext } from '../context.ts';
import { requireUser } from '../http/page-guards.ts';
import { getWorkshop, type WorkshopRow } from './workshops.ts';

/**
 * Who may open the Beamer-Ansicht: the workshop's facilitators, or a viewer session. The viewer
 * link (`?key=<token>`, viewers.ts) turns into the session cookie and is then dropped from the
 * address bar by a redirect, so it is neither shown on the projector nor kept in the history. A
 * browser that already has access keeps its own session (a facilitator opening the link stays
 * signed in).
 */
export function beamerAccess(
	locals: App.Locals,
	url: URL,
	cookies: Cookies,
	workshopId: string
): { workshop: WorkshopRow; role: 'facilitator' | 'viewer' } {
	const { db } = appContext();
	const workshop = getWorkshop(db, workshopId);
	if (!workshop) error(404, { message: 'not_found', code: 'not_found' });
	const role = workshopRole(db, locals.session, workshop.id);
	const key = url.searchParams.get('key');
	if (key !== null) {
		if (role !== 'facilitator' && role !== 'viewer') {
			const { session } = validateSessionToken(db, key);
			if (session?.kind !== 'viewer' || session.workshopId !== workshop.id) {
				error(403, { message: 'forbidden', code: 'forbidden' });
			}
			setSessionCookie(cookies, url, key, session.expiresAt);
		}
		redirect(303, url.pathname);
	}
	if (role === 'facilitator' || role === 'viewer') return { workshop, role };
	if (!locals.session) requireUser(locals, url);
	error(403, { message: 'forbidden', code: 'forbidden' });
}
