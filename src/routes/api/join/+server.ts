import { json } from '@sveltejs/kit';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { appContext } from '$lib/server/context';
import { clientAddress, jsonError, readJson } from '$lib/server/http';
import { normalizeJoinCode } from '$lib/server/ids';
import { JoinInput, joinWorkshop } from '$lib/server/participants';
import { findWorkshopByJoinCode } from '$lib/server/workshops';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, cookies, url, locals, getClientAddress }) => {
	const { db, limits } = appContext();
	const address = clientAddress(getClientAddress);
	const wait = limits.joinByAddress.retryAfter(address);
	if (wait > 0) {
		return jsonError(429, 'rate_limited', 'Too many wrong codes; try again later', {
			headers: { 'retry-after': String(Math.ceil(wait / 1000)) }
		});
	}
	const body = await readJson(request, JoinInput);
	if (!body.ok) return body.response;

	const workshop = findWorkshopByJoinCode(db, normalizeJoinCode(body.value.code));
	if (!workshop || workshop.endedAt) {
		limits.joinByAddress.recordFailure(address);
		return jsonError(404, 'not_found', 'No open workshop has this code');
	}

	// The same browser joining again keeps its identity.
	const current = locals.participant;
	if (current && current.workshopId === workshop.id && locals.session?.kind === 'participant') {
		return json({ workshopId: workshop.id, participantId: current.id }, { status: 200 });
	}

	const joined = joinWorkshop(db, workshop.id, body.value);
	setSessionCookie(cookies, url, joined.token, joined.expiresAt);
	return json(
		{ workshopId: workshop.id, participantId: joined.participant.id, token: joined.token },
		{ status: 201 }
	);
};
