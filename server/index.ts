import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startApp } from './app.ts';
import { ConfigError, readConfig } from './config.ts';
import { tooLargeBody } from './http-limits.ts';

type SvelteKitHandler = (req: http.IncomingMessage, res: http.ServerResponse, next?: () => void) => void;

let config;
try {
	config = readConfig();
} catch (error) {
	if (!(error instanceof ConfigError)) throw error;
	console.error(`Configuration error: ${error.message}`);
	process.exit(2);
}

// adapter-node reads these at import; our own limit gives JSON errors, its limit caps chunked bodies.
process.env.BODY_SIZE_LIMIT = String(config.bodyLimitBytes);
// Without ORIGIN, adapter-node would assume https and refuse every form post as cross-site. We
// serve plain http (TLS ends at a proxy, which must set ORIGIN), so say so in a header we set
// ourselves on every request; a client cannot smuggle its own value past us.
const PROTOCOL_HEADER = 'x-pinnwand-protocol';
if (config.origin) process.env.ORIGIN = config.origin;
else {
	delete process.env.ORIGIN;
	process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;
}

const app = startApp(config);
// A build artifact, imported through a variable so the type checker does not descend into it.
const handlerModule = '../build/handler.js';
const { handler } = (await import(handlerModule)) as { handler: SvelteKitHandler };

const server = http.createServer((req, res) => {
	if (tooLargeBody(req, res, config.bodyLimitBytes)) return;
	req.headers[PROTOCOL_HEADER] = 'http';
	handler(req, res);
});

server.listen(config.port, config.host, () => {
	const address = server.address() as AddressInfo;
	app.listening({ host: config.host, port: address.port });
});

let stopping: Promise<void> | undefined;
function shutdown(signal: string): Promise<void> {
	stopping ??= (async () => {
		console.log(`${signal}: shutting down`);
		await new Promise<void>((resolve) => server.close(() => resolve()));
		await app.close();
	})();
	return stopping;
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
	process.on(signal, () => {
		shutdown(signal).then(
			() => process.exit(0),
			(error) => {
				console.error('shutdown failed', error);
				process.exit(1);
			}
		);
	});
}
