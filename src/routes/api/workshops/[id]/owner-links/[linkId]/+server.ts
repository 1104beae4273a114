import { appContext } from '$lib/server/context';
import { jsonError } from '$lib/server/http/http';
import { revokeOwnerLink } from '$lib/server/plan/owner-links';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

export const DELETE: RequestHandler = ({ locals, params }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	if (!revokeOwnerLink(appContext().db, access.workshop.id, params.linkId)) {
		return jsonError(404, 'not_found', 'No such active link');
	}
	return new Response(null, { status: 204 });
};
