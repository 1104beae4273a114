import { json } from '@sveltejs/kit';
import { buendnisChains } from '$lib/server/angebote/chains';
import { buendnisForApi } from '$lib/server/buendnis/buendnis-access';
import { appContext } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The Maßnahme-Karrieren: per Thema the chains of Angebote, their loops and Sackgassen. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const access = buendnisForApi(locals, params.id);
	if (!access.ok) return access.response;
	return json(await buendnisChains(appContext(), access.buendnis.id));
};
