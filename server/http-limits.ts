import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Refuses a request whose declared body is over the limit before anyone reads it, with the JSON
 * error body of the contract. Bodies without a length are capped while they are read.
 * The socket stays open while the refused body drains: closing it under a client that is still
 * sending makes the client fail with EPIPE before it reads the 413.
 */
export function tooLargeBody(req: IncomingMessage, res: ServerResponse, limit: number): boolean {
	const declared = Number(req.headers['content-length'] ?? 0);
	if (!(declared > limit)) return false;
	res.writeHead(413, { 'content-type': 'application/json' });
	res.end(
		JSON.stringify({
			error: { code: 'payload_too_large', message: `Request body over ${limit} bytes` }
		})
	);
	req.resume();
	return true;
}
