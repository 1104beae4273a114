import { json } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => {
	try {
		appContext().sqlite.prepare('select 1').get();
	} catch {
		return json({ status: 'unavailable' }, { status: 503 });
	}
	return json({ status: 'ok' });
};
