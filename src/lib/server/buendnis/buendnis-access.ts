import { error } from '@sveltejs/kit';
import type { User } from '../identity/session.ts';
import { appContext } from '../context.ts';
import { jsonError } from '../http/http.ts';
import { userForApi } from '../http/api-guards.ts';
import { requireUser } from '../http/page-guards.ts';
import { facilitatesBuendnis, getBuendnis, type BuendnisRow } from './buendnisse.ts';

type Refusal = { status: 403 | 404; code: 'forbidden' | 'not_found' };

/** A Bündnis is for the facilitators it names; participants and Beamer links never see it. */
function check(user: User, id: string): { buendnis: BuendnisRow } | Refusal {
	const { db } = appContext();
	const buendnis = getBuendnis(db, id);
	if (!buendnis) return { status: 404, code: 'not_found' };
	if (!facilitatesBuendnis(db, buendnis.id, user.id)) return { status: 403, code: 'forbidden' };
	return { buendnis };
}

/** For /api/buendnisse/…: 401 without a session, 403 for other sessions and other facilitators, 404 unknown. */
export function buendnisForApi(
	locals: App.Locals,
	id: string
): { ok: true; buendnis: BuendnisRow; user: User } | { ok: false; response: Response } {
	const access = userForApi(locals);
	if (!access.ok) return access;
	const checked = check(access.user, id);
	if ('status' in checked) return { ok: false, response: jsonError(checked.status, checked.code, 'No access to this Bündnis') };
	return { ok: true, buendnis: checked.buendnis, user: access.user };
}

/** For the Bündnis pages: without an account session off to the login, else like the API. */
export function facilitatorBuendnis(locals: App.Locals, url: URL, id: string): { buendnis: BuendnisRow; user: User } {
	const user = requireUser(locals, url);
	const checked = check(user, id);
	if ('status' in checked) error(checked.status, { message: checked.code, code: checked.code });
	return { buendnis: checked.buendnis, user };
}
