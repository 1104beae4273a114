import { appContext } from '$lib/server/context';
import { operatorText } from '$lib/server/legal/operator-text';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { config } = appContext();
	return { html: operatorText(config.dataDir, 'datenschutz', getLocale())?.html ?? null, retentionDays: config.retentionDays };
};
