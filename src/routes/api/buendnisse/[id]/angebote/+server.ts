import { json } from '@sveltejs/kit';
import { listAngebote } from '$lib/server/angebote/angebote';
import { buendnisForApi } from '$lib/server/buendnis/buendnis-access';
import { appContext } from '$lib/server/context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, params }) => {
	const access = buendnisForApi(locals, params.id);
	if (!access.ok) return access.response;
	return json({ angebote: listAngebote(appContext().db, access.buendnis.id) });
};
