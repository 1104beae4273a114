import { json } from '@sveltejs/kit';
import { angeboteVersion } from '$lib/server/angebote/list-version';
import { angeboteForApi } from '$lib/server/angebote/angebote-access';
import { appContext } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** What an open Angebote page polls: it reloads only when this changed. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const access = angeboteForApi(locals, params.list, params.id);
	if (!access.ok) return access.response;
	return json({ version: await angeboteVersion(appContext(), access.owner) }, { headers: { 'cache-control': 'no-store' } });
};
