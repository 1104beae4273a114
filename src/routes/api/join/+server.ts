import { json } from '@sveltejs/kit';
import { setSessionCookie } from '$lib/server/identity/cookie';
import { appContext } from '$lib/server/context';
import { clientAddress, jsonError, readJson } from '$lib/server/http/http';
import { currentParticipant, lookUpJoinCode } from '$lib/server/identity/join';
import { JoinInput, joinWorkshop } from '$lib/server/identity/participants';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, cookies, url, locals, getClientAddress }) => {
	const context = appContext();
	const address = clientAddress(getClientAddress);
	const wait = context.limits.joinByAddress.retryAfter(address);
	if (wait > 0) return rateLimited(wait);
	const body = await readJson(request, JoinInput);
	if (!body.ok) return body.response;

	const found = lookUpJoinCode(context, body.value.code, address);
	if (!found.ok) {
		return found.reason === 'rate_limited'
			? rateLimited(found.retryAfterMs)
			: jsonError(404, 'not_found', 'No open workshop has this code');
	}
	const { workshop } = found;
	const current = currentParticipant(locals.session, locals.participant, workshop.id);
	if (current) return json({ workshopId: workshop.id, participantId: current.id }, { status: 200 });

	const joined = joinWorkshop(context.db, workshop.id, body.value);
	setSessionCookie(cookies, url, joined.token, joined.expiresAt);
	return json({ workshopId: workshop.id, participantId: joined.participant.id, token: joined.token }, { status: 201 });
};

function rateLimited(waitMs: number): Response {
	return jsonError(429, 'rate_limited', 'Too many wrong codes; try again later', {
		headers: { 'retry-after': String(Math.ceil(waitMs / 1000)) }
	});
}
