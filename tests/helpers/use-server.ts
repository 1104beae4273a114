import { afterAll, beforeAll } from 'vitest';
import { removeDataDir, startServer, type RunningServer, type StartOptions } from './server.ts';

/**
 * The real server of one integration test file: started before its tests, stopped and its data
 * directory removed after them. `current` is there once the tests run.
 */
export function useServer(options: StartOptions = {}): { readonly current: RunningServer } {
	let server: RunningServer | undefined;
	beforeAll(async () => {
		server = await startServer(options);
	});
	afterAll(async () => {
		if (!server) return;
		await server.stop();
		removeDataDir(server.dataDir);
	});
	return {
		get current() {
			if (!server) throw new Error('the server starts in beforeAll: use it inside a test or hook');
			return server;
		}
	};
}
