import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface TranslateRequest {
	q: string;
	source: string;
	target: string;
	format?: string;
	api_key?: string;
}

export interface TestTranslator {
	/** For TRANSLATE_URL. */
	url: string;
	/** Every request body received at POST /translate, in order. */
	requests: TranslateRequest[];
	/** While set, every request is answered 500, as a LibreTranslate that is down behind its proxy. */
	failing: boolean;
	close(): Promise<void>;
}

/**
 * A small server speaking LibreTranslate's POST /translate, on a free local port. It translates
 * from a phrase book (`"ar>de": {text: translation}`) and marks anything else as "[target] text",
 * so a test sees which language was asked for. With `apiKey` it refuses requests without it (403),
 * as a LibreTranslate with API keys does.
 */
export async function startTranslator(phrases: Record<string, Record<string, string>> = {}, apiKey?: string): Promise<TestTranslator> {
	const requests: TranslateRequest[] = [];
	const sockets = new Set<Socket>();
	const state: TestTranslator = { url: '', requests, failing: false, close: async () => {} };
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			if (req.method !== 'POST' || req.url !== '/translate') {
				res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Not Found' }));
				return;
			}
			const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as TranslateRequest;
			requests.push(body);
			if (state.failing || (apiKey && body.api_key !== apiKey)) {
				res.writeHead(state.failing ? 500 : 403, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: 'Refused' }));
				return;
			}
			const translatedText = phrases[`${body.source}>${body.target}`]?.[body.q] ?? `[${body.target}] ${body.q}`;
			res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ translatedText }));
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	state.close = () =>
		new Promise<void>((resolve) => {
			for (const socket of sockets) socket.destroy();
			server.close(() => resolve());
		});
	return state;
}
