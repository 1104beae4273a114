import { json } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { phaseSnapshots } from '$lib/server/workshop/phase-log';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

/** The wall at every phase change, newest first: what "Frühere Stände" offers to restore. */
export const GET: RequestHandler = ({ locals, params }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const snapshots = phaseSnapshots(appContext().db, access.workshop.id);
	return json({ snapshots: snapshots.map((s) => ({ ...s, at: s.at.toISOString() })) });
};
