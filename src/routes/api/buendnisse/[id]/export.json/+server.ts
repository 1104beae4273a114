import { json } from '@sveltejs/kit';
import { buendnisForApi } from '$lib/server/buendnis/buendnis-access';
import { appContext } from '$lib/server/context';
import { attachment } from '$lib/server/export/download';
import { exportBuendnis } from '$lib/server/transfer/export-buendnis';
import type { RequestHandler } from './$types';

/** The whole Bündnis with all its workshops, for `npm run cli -- import` on another instance. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const access = buendnisForApi(locals, params.id);
	if (!access.ok) return access.response;
	const data = await exportBuendnis(appContext(), access.buendnis);
	return json(data, { headers: { 'content-disposition': attachment(access.buendnis.name, 'json') } });
};
