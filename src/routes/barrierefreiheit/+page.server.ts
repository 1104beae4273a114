import { fail, redirect } from '@sveltejs/kit';
import { appContext } from '$lib/server/context';
import { clientAddress, publicOrigin } from '$lib/server/http/http';
import { feedbackValues, parseFeedback } from '$lib/server/legal/feedback-form';
import { accessibilityStatement } from '$lib/server/legal/statement';
import { submitFeedback } from '$lib/server/legal/submit-feedback';
import { getLocale } from '$lib/paraglide/runtime';
import type { Actions, PageServerLoad } from './$types';

/** A link token in a path (an owner, Kerngruppe or calendar link): 32 base32 characters. */
const TOKEN_SEGMENT = /\/[a-z2-7]{32,}(?=\/|$)/g;

/**
 * The path of the page the visitor came from on this site, to suggest it as what the feedback is
 * about. Without query and link tokens: every facilitator reads the feedback, and a token would
 * hand them someone's personal link.
 */
function referringPath(request: Request, url: URL): string {
	const referer = request.headers.get('referer');
	if (!referer) return '';
	try {
		const from = new URL(referer);
		if (from.origin !== url.origin || from.pathname === url.pathname) return '';
		return from.pathname.replace(TOKEN_SEGMENT, '/…');
	} catch {
		return '';
	}
}

export const load: PageServerLoad = ({ request, url }) => {
	const { config } = appContext();
	return {
		statement: accessibilityStatement(config.dataDir, getLocale()),
		sent: url.searchParams.has('sent'),
		page: referringPath(request, url),
		retentionDays: config.retentionDays
	};
};

export const actions: Actions = {
	default: async ({ request, url, getClientAddress }) => {
		const values = feedbackValues(await request.formData());
		const parsed = parseFeedback(values);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors, minutes: 0 });
		const result = await submitFeedback(appContext(), parsed.value, clientAddress(getClientAddress), `${publicOrigin(url)}/`);
		if (!result.ok) return fail(429, { values, errors: {}, minutes: Math.ceil(result.retryAfterMs / 60_000) });
		redirect(303, '/barrierefreiheit?sent#feedback');
	}
};
