import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { appContext } from '$lib/server/context';
import { publicOrigin, readJson } from '$lib/server/http/http';
import { createOwnerLink, listOwnerLinks, ownerUrl } from '$lib/server/plan/owner-links';
import { boardError, linkJson } from '$lib/server/plan/plan-json';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

const NewOwnerLink = v.object({ actionId: v.pipe(v.string('actionId:required'), v.minLength(1, 'actionId:required'), v.maxLength(64, 'actionId:too_long')) });

export const GET: RequestHandler = ({ locals, params }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const links = listOwnerLinks(appContext().db, access.workshop.id).map(linkJson);
	return json({ links });
};

/** A link for the Verantwortliche of one Maßnahme: their Maßnahmen, without an account, until revoked. */
export const POST: RequestHandler = async ({ locals, params, request, url }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const body = await readJson(request, NewOwnerLink);
	if (!body.ok) return body.response;
	const created = await createOwnerLink(appContext(), access.workshop.id, body.value.actionId);
	if (!created.ok) return boardError(created);
	const { link, token } = created.value;
	return json(
		{ id: link.id, actionId: link.actionId, owner: link.owner, contact: link.contact, token, url: ownerUrl(publicOrigin(url), token) },
		{ status: 201 }
	);
};
