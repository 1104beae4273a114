import { afterAll, beforeAll } from 'vitest';
import { facilitator, type Facilitator } from './api.ts';
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

/** The real server of a test file and one facilitator signed in on it, `Anna` unless named. */
export function useServerWithFacilitator(name = 'Anna', options: StartOptions = {}): { readonly server: RunningServer; readonly facilitator: Facilitator } {
	const running = useServer(options);
	let signedIn: Facilitator | undefined;
	beforeAll(async () => {
		signedIn = await facilitator(running.current, name);
	});
	return {
		get server() {
			return running.current;
		},
		get facilitator() {
			if (!signedIn) throw new Error('the facilitator signs in in beforeAll: use it inside a test or hook');
			return signedIn;
		}
	};
}
