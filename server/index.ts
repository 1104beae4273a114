import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startApp } from './app.ts';
import { ConfigError, readConfig } from './config.ts';
import { tooLargeBody } from './http-limits.ts';
import { metricsEndpoint } from './metrics-endpoint.ts';
import { jsonLogger } from '../src/lib/server/observability/log.ts';
import { realtimeUpgradeHandler } from '../src/lib/server/rooms/create-rooms.ts';

const log = jsonLogger();
let config;
try {
	config = readConfig();
} catch (error) {
	if (!(error instanceof ConfigError)) throw error;
	log.error(`Configuration error: ${error.message}`);
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

const app = startApp(config, log);
// Imported by URL so that type checking does not pull in (and check) the generated bundle.
const { handler }: { handler: http.RequestListener } = await import(
	new URL('../build/handler.js', import.meta.url).href
);

const metrics = metricsEndpoint(app.context);
const server = http.createServer((req, res) => {
	if (tooLargeBody(req, res, config.bodyLimitBytes) || metrics(req, res)) return;
	req.headers[PROTOCOL_HEADER] = 'http';
	handler(req, res);
});

const upgrade = realtimeUpgradeHandler(app.context);
server.on('upgrade', (request, socket, head) => {
	// Nothing else on this server speaks websocket: answer what is not ours instead of leaving it hanging.
	if (!upgrade(request, socket, head)) socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
});

server.listen(config.port, config.host, () => {
	const address = server.address() as AddressInfo;
	app.listening({ host: config.host, port: address.port });
});

let stopping: Promise<void> | undefined;
function shutdown(signal: string): Promise<void> {
	stopping ??= (async () => {
		log.info(`${signal}: shutting down`);
		server.close();
		// adapter-node's handler knows nothing of upgraded sockets: the app closes them (1012) and
		// stores what is pending before the database closes.
		await app.close();
		server.closeAllConnections();
		log.info('shutdown complete');
	})();
	return stopping;
}

// `kill -USR2 <pid>`: run the retention purge and the reminders now instead of waiting for their
// next run, e.g. after lowering RETENTION_DAYS. (SIGUSR1 is Node's debugger signal.)
process.on('SIGUSR2', () => {
	if (stopping) return;
	app.runRetention();
	void app.runReminders();
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
	process.on(signal, () => {
		shutdown(signal).then(
			() => process.exit(0),
			(error) => {
				log.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
				process.exit(1);
			}
		);
	});
}
