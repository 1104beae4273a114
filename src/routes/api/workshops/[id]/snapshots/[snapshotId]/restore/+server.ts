import { json } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { jsonError } from '$lib/server/http/http';
import { restorePhaseSnapshot } from '$lib/server/workshop/phase-log';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

/**
 * Puts the wall back as it was when that phase began; cards and Themen made since go to the
 * Papierkorb. 200 `{changed, removed}`; 404 for a snapshot this workshop does not have.
 */
export const POST: RequestHandler = async ({ locals, params }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	if (access.workshop.endedAt) return jsonError(409, 'workshop_ended', 'The workshop has ended');
	const snapshotId = /^[1-9]\d{0,15}$/.test(params.snapshotId) ? Number(params.snapshotId) : null;
	const restored = snapshotId === null ? null : await restorePhaseSnapshot(appContext(), access.workshop.id, snapshotId);
	if (!restored) return jsonError(404, 'not_found', 'No such snapshot');
	return json(restored);
};
