import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { CARD_LANGUAGES } from '$lib/board/card-languages';
import { LIMITS } from '$lib/board/fields';
import { appContext } from '$lib/server/context';
import { jsonError, readJson } from '$lib/server/http/http';
import { text } from '$lib/server/http/validation';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

const language = (field: string) => v.picklist(CARD_LANGUAGES, `${field}:invalid`);
const request = v.pipe(
	v.object({ text: text('text', LIMITS.cardText), source: language('source'), target: language('target') }),
	v.check((body) => body.source !== body.target, 'target:same_language')
);

/**
 * A suggested translation of a card text, for the translation form to pre-fill; nothing is stored.
 * 404 `translation_off` while no TRANSLATE_URL is set, 502 when that server fails.
 */
export const POST: RequestHandler = async ({ locals, params, request: httpRequest }) => {
	const access = workshopForApi(locals, params.id, ['facilitator', 'participant']);
	if (!access.ok) return access.response;
	const { translator, limits } = appContext();
	if (!translator) return jsonError(404, 'translation_off', 'No translation service is set up (TRANSLATE_URL)');
	const body = await readJson(httpRequest, request);
	if (!body.ok) return body.response;
	const session = locals.session!.id;
	const wait = limits.translateBySession.retryAfter(session);
	if (wait > 0) {
		return jsonError(429, 'rate_limited', 'Too many translations at once', {
			headers: { 'retry-after': String(Math.ceil(wait / 1000)) }
		});
	}
	limits.translateBySession.recordFailure(session);
	const { text: original, source, target } = body.value;
	const result = await translator.translate(original, source, target);
	if (!result.ok) return jsonError(502, 'translation_failed', `The translation service is ${result.reason}`);
	return json({ text: result.text.slice(0, LIMITS.cardText), lang: target });
};
