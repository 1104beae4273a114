import type { AddressInfo } from 'node:net';
import type { Plugin } from 'vite';
import { startApp } from './app.ts';
import { readConfig } from './config.ts';
import { metricsEndpoint } from './metrics-endpoint.ts';
import { realtimeUpgradeHandler } from '../src/lib/server/rooms/create-rooms.ts';

/**
 * Runs the same process-wide parts in `vite dev` as server/index.ts does in production: the
 * database, the shared context and the /ws upgrade handler on Vite's own http server, which
 * leaves every other upgrade (Vite's HMR socket) to Vite; /metrics too.
 */
export function pinnwandDev(): Plugin {
	return {
		name: 'pinnwand-dev',
		apply: 'serve',
		configureServer(server) {
			// Vitest also starts a Vite server; tests start their own real server instead.
			if (process.env.VITEST || !server.httpServer) return;
			const httpServer = server.httpServer;
			const config = readConfig({ ...process.env, NODE_ENV: 'development' });
			const app = startApp(config);
			const upgrade = realtimeUpgradeHandler(app.context);
			const metrics = metricsEndpoint(app.context);
			server.middlewares.use((req, res, next) => {
				if (!metrics(req, res)) next();
			});
			httpServer.on('upgrade', (request, socket, head) => void upgrade(request, socket, head));
			httpServer.once('listening', () => {
				const address = httpServer.address() as AddressInfo;
				app.listening({ host: 'localhost', port: address.port });
			});
			httpServer.once('close', () => void app.close());
		}
	};
}
