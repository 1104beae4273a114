import { error, redirect } from '@sveltejs/kit';
import { buendnisForApi, facilitatorBuendnis } from '../buendnis/buendnis-access.ts';
import { jsonError } from '../http/http.ts';
import { userForApi } from '../http/api-guards.ts';
import { facilitatorWorkshop } from '../http/page-guards.ts';
import type { User } from '../identity/session.ts';
import { workshopForApi } from '../workshop/workshop-access.ts';
import { workshopSettings } from '../workshop/workshops.ts';
import type { AngebotOwner } from './owner.ts';

export interface AngebotePageAccess {
	owner: AngebotOwner;
	user: User;
	/** The Bündnis' name or the workshop's title. */
	name: string;
	/** Who may take on a Maßnahme made from a Lücke: the Bündnis' members, or the workshop's institutions. */
	members: string[];
	back: string;
}

/**
 * The Angebote page of a Bündnis or of a workshop without one, for their facilitators. A
 * workshop in a Bündnis has no list of its own: its page leads to the Bündnis' list.
 */
export function angeboteForPage(locals: App.Locals, url: URL, list: string, id: string): AngebotePageAccess {
	if (list === 'buendnis') {
		const { buendnis, user } = facilitatorBuendnis(locals, url, id);
		return { owner: { kind: 'buendnis', id: buendnis.id }, user, name: buendnis.name, members: buendnis.members, back: `/buendnis/${buendnis.id}` };
	}
	if (list !== 'w') error(404, { message: 'not_found', code: 'not_found' });
	const { workshop, user } = facilitatorWorkshop(locals, url, id);
	if (workshop.buendnisId) redirect(303, `/buendnis/${workshop.buendnisId}/angebote${url.search}`);
	return { owner: { kind: 'workshop', id: workshop.id }, user, name: workshop.title, members: workshopSettings(workshop).institutionTypes, back: `/w/${workshop.id}` };
}

export type AngeboteApiAccess = { ok: true; owner: AngebotOwner; user: User } | { ok: false; response: Response };

/**
 * /api/buendnisse/:id/… and /api/workshops/:id/…: 401 without a session, 403 for other sessions
 * and other facilitators, 404 unknown, and 409 `in_buendnis` for a workshop in a Bündnis, whose
 * Angebote are on the Bündnis' list.
 */
export function angeboteForApi(locals: App.Locals, list: string, id: string): AngeboteApiAccess {
	if (list === 'buendnisse') {
		const access = buendnisForApi(locals, id);
		return access.ok ? { ok: true, owner: { kind: 'buendnis', id: access.buendnis.id }, user: access.user } : access;
	}
	const user = userForApi(locals);
	if (!user.ok) return user;
	const access = workshopForApi(locals, id, ['facilitator']);
	if (!access.ok) return access;
	const { buendnisId } = access.workshop;
	if (buendnisId) return { ok: false, response: jsonError(409, 'in_buendnis', `The workshop belongs to a Bündnis: its Angebote are at /api/buendnisse/${buendnisId}/angebote`) };
	return { ok: true, owner: { kind: 'workshop', id: access.workshop.id }, user: user.user };
}

