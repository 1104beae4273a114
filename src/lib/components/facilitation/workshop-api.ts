/** What a call of the workshop API returned: the body, or the error of CONTRACT.md. */
export type ApiResult<T> =
	| { ok: true; value: T }
	| { ok: false; status: number; code: string; fields: Record<string, string> };

/** A JSON request to our own API with the session cookie; never throws (offline is status 0). */
export async function callApi<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
	try {
		const response = await fetch(path, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		const data = response.status === 204 ? null : await response.json().catch(() => null);
		if (response.ok) return { ok: true, value: data as T };
		const error = (data as { error?: { code?: string; fields?: Record<string, string> } } | null)?.error;
		return { ok: false, status: response.status, code: error?.code ?? 'unknown', fields: error?.fields ?? {} };
	} catch {
		return { ok: false, status: 0, code: 'offline', fields: {} };
	}
}

/** The path of a workshop's API route. */
export const workshopPath = (workshopId: string, rest: string) => `/api/workshops/${workshopId}/${rest}`;
