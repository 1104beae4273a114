import { json } from '@sveltejs/kit';
import { angeboteListVersion } from '$lib/server/angebote/list-version';
import { ownerOf } from '$lib/server/angebote/owner';
import { appContext } from '$lib/server/context';
import { planForApi } from '$lib/server/plan/plan-access';
import type { RequestHandler } from './$types';

/** What the Kerngruppe's open Angebote page polls, so a partner sees what others added meanwhile. */
export const GET: RequestHandler = ({ params }) => {
	const access = planForApi(params.token);
	if (!access.ok) return access.response;
	return json({ version: angeboteListVersion(appContext().db, ownerOf(access.workshop)) }, { headers: { 'cache-control': 'no-store' } });
};
