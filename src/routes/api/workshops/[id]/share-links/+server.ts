import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { appContext } from '$lib/server/context';
import { publicOrigin, readJson } from '$lib/server/http/http';
import { createShareLink, listShareLinks, shareUrl } from '$lib/server/plan/share-links';
import { optionalText } from '$lib/server/http/validation';
import { linkJson } from '$lib/server/plan/plan-json';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

const NewLink = v.object({ label: optionalText('label', 100) });

export const GET: RequestHandler = ({ locals, params }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const links = listShareLinks(appContext().db, access.workshop.id).map(linkJson);
	return json({ links });
};

/** A link for the Kerngruppe: opens the Maßnahmenplan without an account, until revoked. */
export const POST: RequestHandler = async ({ locals, params, request, url }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const body = await readJson(request, NewLink);
	if (!body.ok) return body.response;
	const { link, token } = createShareLink(appContext().db, access.workshop.id, body.value.label || 'Kerngruppe');
	return json({ id: link.id, label: link.label, token, url: shareUrl(publicOrigin(url), token) }, { status: 201 });
};
