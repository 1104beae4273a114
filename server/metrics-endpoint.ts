import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../src/lib/server/context.ts';

/**
 * `GET /metrics` for Prometheus, answered before SvelteKit: its hooks would take the scraper's
 * bearer token for a session token, and every scrape would land in the request log and the
 * request metrics. Without METRICS_TOKEN the path is left to SvelteKit, whose 404 tells nothing.
 * Returns false for every request that is not ours.
 */
export function metricsEndpoint(context: AppContext): (req: IncomingMessage, res: ServerResponse) => boolean {
	const token = context.config.metricsToken;
	if (token === null) return () => false;
	const expected = digest(token);
	return (req, res) => {
		if ((req.url ?? '/').split('?', 1)[0] !== '/metrics') return false;
		const presented = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
		// Digests have one length, so the comparison takes the same time whatever was sent.
		if (!presented || !timingSafeEqual(digest(presented), expected)) {
			res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
			res.end(JSON.stringify({ error: { code: 'unauthorized', message: 'Send the METRICS_TOKEN as a bearer token' } }));
			return true;
		}
		context.metrics.render().then(
			({ contentType, body }) => res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body),
			(error: unknown) => {
				context.log.error(`metrics failed: ${error instanceof Error ? error.message : String(error)}`);
				res.writeHead(500, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: { code: 'internal', message: 'Metrics unavailable' } }));
			}
		);
		return true;
	};
}

function digest(value: string): Buffer {
	return createHash('sha256').update(value).digest();
}
