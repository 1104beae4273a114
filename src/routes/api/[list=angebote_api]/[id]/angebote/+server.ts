import { json } from '@sveltejs/kit';
import { listAngebote } from '$lib/server/angebote/angebote';
import { angeboteForApi } from '$lib/server/angebote/angebote-access';
import { appContext } from '$lib/server/context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, params }) => {
	const access = angeboteForApi(locals, params.list, params.id);
	if (!access.ok) return access.response;
	return json({ angebote: listAngebote(appContext().db, access.owner) });
};
