import { randomUUID } from 'node:crypto';

/** What proxies send (nginx's $request_id, UUIDs, trace ids); anything else could forge log lines or carry data. */
const SANE = /^[A-Za-z0-9._:-]{8,128}$/;

/** The proxy's `x-request-id` when it looks like an id, otherwise a new one. */
export function requestId(fromProxy: string | null): string {
	return fromProxy && SANE.test(fromProxy) ? fromProxy : randomUUID();
}
