import { json } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { ownerForApi } from '$lib/server/plan/owner-access';
import { ownerItems } from '$lib/server/plan/owner-links';
import { itemJson } from '$lib/server/plan/plan-json';
import type { RequestHandler } from './$types';

/** The Maßnahmen of the link's institution, the link's own first; no other Maßnahme, no contact of others. */
export const GET: RequestHandler = async ({ params }) => {
	const access = ownerForApi(params.token);
	if (!access.ok) return access.response;
	const items = await ownerItems(appContext(), access.link, access.workshop);
	return json({ owner: access.link.owner, contact: access.link.contact, items: items.map(itemJson) });
};
