import { json } from '@sveltejs/kit';
import { buendnisForApi } from '$lib/server/buendnis/buendnis-access';
import { calendarFeedUrl, createCalendarFeed, revokeCalendarFeed } from '$lib/server/buendnis/calendar-feed';
import { appContext } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** A new calendar feed for the Bündnis; the previous one's URL stops working. */
export const POST: RequestHandler = ({ locals, params }) => {
	const access = buendnisForApi(locals, params.id);
	if (!access.ok) return access.response;
	const context = appContext();
	const token = createCalendarFeed(context, access.buendnis.id);
	return json({ token, url: calendarFeedUrl(context.origin, token) }, { status: 201 });
};

export const DELETE: RequestHandler = ({ locals, params }) => {
	const access = buendnisForApi(locals, params.id);
	if (!access.ok) return access.response;
	revokeCalendarFeed(appContext(), access.buendnis.id);
	return new Response(null, { status: 204 });
};
