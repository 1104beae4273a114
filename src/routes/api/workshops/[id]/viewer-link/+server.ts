import { json } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { publicOrigin } from '$lib/server/http/http';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import { createViewerSession, viewerUrl } from '$lib/server/workshop/viewers';
import type { RequestHandler } from './$types';

/** A read-only link for the Beamer-Ansicht, usable without the facilitator's login. */
export const POST: RequestHandler = ({ locals, params, url }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const { db } = appContext();
	const { token, expiresAt } = createViewerSession(db, access.workshop.id);
	return json(
		{ token, url: viewerUrl(publicOrigin(url), access.workshop.id, token), expiresAt: expiresAt.toISOString() },
		{ status: 201 }
	);
};
