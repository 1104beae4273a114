import { json } from '@sveltejs/kit';
import { angeboteVersion } from '$lib/server/angebote/list-version';
import { buendnisForApi } from '$lib/server/buendnis/buendnis-access';
import { appContext } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** What an open Angebote page polls: it reloads only when this changed. */
export const GET: RequestHandler = ({ locals, params }) => {
	const access = buendnisForApi(locals, params.id);
	if (!access.ok) return access.response;
	return json({ version: angeboteVersion(appContext().db, access.buendnis.id) }, { headers: { 'cache-control': 'no-store' } });
};
