import * as v from 'valibot';

/**
 * Pre-filled translations from a LibreTranslate-compatible server the Kommune runs itself
 * (TRANSLATE_URL). There is no default: card texts leave the building only where the operator
 * points them. A person always reads and confirms what comes back before it is saved.
 */
export interface Translator {
	translate(text: string, source: string, target: string): Promise<TranslateResult>;
}

export type TranslateResult = { ok: true; text: string } | { ok: false; reason: 'unreachable' | 'refused' };

/** LibreTranslate's answer to POST /translate; other fields (alternatives, detected language) are ignored. */
const answer = v.object({ translatedText: v.string() });

const TIMEOUT_MS = 8000;

export function libreTranslate(baseUrl: string, apiKey: string | null, fetcher: typeof fetch = fetch): Translator {
	const endpoint = new URL('translate', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
	return {
		async translate(text, source, target) {
			let response: Response;
			try {
				response = await fetcher(endpoint, {
					method: 'POST',
					headers: { 'content-type': 'application/json', accept: 'application/json' },
					body: JSON.stringify({ q: text, source, target, format: 'text', ...(apiKey ? { api_key: apiKey } : {}) }),
					signal: AbortSignal.timeout(TIMEOUT_MS)
				});
			} catch {
				return { ok: false, reason: 'unreachable' };
			}
			if (!response.ok) return { ok: false, reason: 'refused' };
			const body = v.safeParse(answer, await response.json().catch(() => null));
			return body.success ? { ok: true, text: body.output.translatedText.trim() } : { ok: false, reason: 'refused' };
		}
	};
}
