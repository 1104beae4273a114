import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { textDirection } from '$lib/i18n/locales';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { SESSION_COOKIE, sessionTokenFrom, setSessionCookie } from '$lib/server/identity/cookie';
import { validateSessionToken } from '$lib/server/identity/session';
import { appContext } from '$lib/server/context';
import { handleRequestLog, logServerError } from '$lib/server/observability/request-log';

const handleLocale: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		// `de-x-ls` goes into lang unchanged: it is valid BCP 47, and screen readers read its `de` as German.
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale).replace('%paraglide.dir%', textDirection(locale))
		});
	});

const handleSession: Handle = ({ event, resolve }) => {
	event.locals.session = null;
	event.locals.user = null;
	event.locals.participant = null;
	const token = sessionTokenFrom(event.request, event.cookies);
	if (token) {
		const result = validateSessionToken(appContext().db, token);
		event.locals.session = result.session;
		event.locals.user = result.user;
		event.locals.participant = result.participant;
		if (result.session && result.fresh && event.cookies.get(SESSION_COOKIE) === token) {
			setSessionCookie(event.cookies, event.url, token, result.session.expiresAt);
		}
	}
	return resolve(event);
};

export const handle = sequence(handleRequestLog, handleLocale, handleSession);
export const handleError = logServerError;
