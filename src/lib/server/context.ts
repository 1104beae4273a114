import type Database from 'better-sqlite3';
import type { Config } from '../../../server/config.ts';
import { FailureLimiter } from './identity/rate-limit.ts';
import type { Db } from './db/open.ts';
import type { Logger } from './observability/log.ts';
import type { Metrics } from './observability/metrics.ts';
import type { Rooms } from './rooms/Rooms.ts';
import { SetupToken } from './identity/setup-token.ts';
import type { OidcClient } from './identity/oidc/client.ts';
import type { Translator } from './translation/translator.ts';

const MINUTE = 60_000;

/**
 * Everything with process lifetime that SvelteKit's bundle and the entry in server/ share. The
 * entry point builds it and registers it on globalThis, because in production the SvelteKit
 * bundle and server/ load separate copies of our modules, and in dev vite.config.ts does too.
 */
export interface AppContext {
	config: Config;
	db: Db;
	sqlite: Database.Database;
	/** ORIGIN, or the address the server listens on: for the log and the first-run URL. Links
	 * built for a request use publicOrigin(url) from http.ts. */
	origin: string;
	limits: {
		loginByAccount: FailureLimiter;
		loginByAddress: FailureLimiter;
		joinByAddress: FailureLimiter;
		/** Requests for a pre-filled translation, per session: every request counts. */
		translateBySession: FailureLimiter;
		/** Feedback on the Erklärung zur Barrierefreiheit, per address: every message counts. */
		feedbackByAddress: FailureLimiter;
	};
	setupToken: SetupToken;
	/** Single sign-on through the Kommune's OpenID Provider; null unless OIDC_ISSUER is set. */
	oidc: OidcClient | null;
	/** The live realtime documents, shared by the websocket server and the endpoints. */
	rooms: Rooms;
	/** Pre-fills card translations; null unless TRANSLATE_URL is set. */
	translator: Translator | null;
	/** The process log: one JSON object per line. */
	log: Logger;
	/** This instance's Prometheus metrics, served on /metrics. */
	metrics: Metrics;
}

const KEY = Symbol.for('pinnwand.context');
type Holder = { [KEY]?: AppContext };

export function createLimits(): AppContext['limits'] {
	return {
		loginByAccount: new FailureLimiter(5, 15 * MINUTE),
		loginByAddress: new FailureLimiter(20, 15 * MINUTE),
		joinByAddress: new FailureLimiter(10, 10 * MINUTE),
		translateBySession: new FailureLimiter(30, MINUTE),
		feedbackByAddress: new FailureLimiter(5, 60 * MINUTE)
	};
}

export function registerAppContext(context: AppContext): void {
	(globalThis as Holder)[KEY] = context;
}

export function unregisterAppContext(context: AppContext): void {
	if ((globalThis as Holder)[KEY] === context) delete (globalThis as Holder)[KEY];
}

export function appContext(): AppContext {
	const context = (globalThis as Holder)[KEY];
	if (!context) throw new Error('Pinnwand context missing: start through server/index.ts or the Vite dev server');
	return context;
}
