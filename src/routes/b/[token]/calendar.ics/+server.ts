import { appContext } from '$lib/server/context';
import { calendarFeedUrl, renderBuendnisCalendar, resolveCalendarFeed } from '$lib/server/buendnis/calendar-feed';
import { jsonError } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

/** The Bündnis' calendar feed for Outlook, Thunderbird and phones; `?lang=en` for English words. */
export const GET: RequestHandler = async ({ params, url }) => {
	const context = appContext();
	const buendnis = resolveCalendarFeed(context, params.token);
	if (!buendnis) return jsonError(404, 'not_found', 'Unknown or replaced calendar link');
	const body = await renderBuendnisCalendar(context, buendnis, url.searchParams.get('lang') === 'en' ? 'en' : 'de');
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-location': calendarFeedUrl(context.origin, params.token),
			'cache-control': 'no-store',
			'referrer-policy': 'no-referrer',
			'x-robots-tag': 'noindex'
		}
	});
};
