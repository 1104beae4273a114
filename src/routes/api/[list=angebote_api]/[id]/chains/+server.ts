import { json } from '@sveltejs/kit';
import { ownerChains } from '$lib/server/angebote/chains';
import { angeboteForApi } from '$lib/server/angebote/angebote-access';
import { appContext } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The Maßnahme-Karrieren: per Thema the chains of Angebote, their loops and Sackgassen. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const access = angeboteForApi(locals, params.list, params.id);
	if (!access.ok) return access.response;
	return json(await ownerChains(appContext(), access.owner));
};
