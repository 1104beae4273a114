import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { facilitator, type Facilitator } from '../helpers/api.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

export interface Fixtures {
	/** A fresh server with an empty database, for this test only. */
	server: RunningServer;
	/** Every request any context of the test made that left the server's own origin; must stay empty. */
	foreignRequests: string[];
	/** Every Content-Security-Policy violation any page of the test reported; must stay empty. */
	cspViolations: string[];
	/** Opens another browser context (a participant, the Beamer) that is watched and closed for you. */
	openContext: (options?: BrowserContextOptions & { token?: string }) => Promise<{ context: BrowserContext; page: Page }>;
	/** A signed-in facilitator (account made by CLI, session by API) and its page. */
	moderator: { account: Facilitator; page: Page; context: BrowserContext };
}

async function watch(context: BrowserContext, origin: string, foreign: string[], violations: string[]): Promise<void> {
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
	});
	await context.exposeBinding('reportCspViolation', ({ page }, violation: string) => {
		violations.push(`${page.url()}: ${violation}`);
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportCspViolation(violation: string): void }).reportCspViolation;
			void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
		});
	});
}

export const test = base.extend<Fixtures>({
	server: async ({}, use) => {
		const server = await startServer();
		await use(server);
		await server.stop();
		removeDataDir(server.dataDir);
	},
	baseURL: async ({ server }, use) => {
		await use(server.url);
	},
	foreignRequests: [
		async ({}, use) => {
			const foreign: string[] = [];
			await use(foreign);
			expect(foreign, 'requests outside the own origin').toEqual([]);
		},
		{ auto: true }
	],
	cspViolations: [
		async ({}, use) => {
			const violations: string[] = [];
			await use(violations);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	],
	context: async ({ context, server, foreignRequests, cspViolations }, use) => {
		await watch(context, new URL(server.url).origin, foreignRequests, cspViolations);
		await use(context);
	},
	openContext: async ({ browser, server, foreignRequests, cspViolations }, use) => {
		const opened: BrowserContext[] = [];
		await use(async ({ token, ...options } = {}) => {
			const context = await browser.newContext({ baseURL: server.url, locale: 'de-DE', ...options });
			await watch(context, new URL(server.url).origin, foreignRequests, cspViolations);
			opened.push(context);
			if (token) await signIn(context, server, token);
			return { context, page: await context.newPage() };
		});
		for (const context of opened) await context.close();
	},
	moderator: async ({ server, openContext }, use) => {
		const account = await facilitator(server, 'Maria Moderation');
		const { context, page } = await openContext({ token: account.token });
		await use({ account, page, context });
	}
});

/** Puts a session token into a context as the browser would hold it after a login. */
export async function signIn(context: BrowserContext, server: RunningServer, token: string): Promise<void> {
	await context.addCookies([{ name: 'pinnwand_session', value: token, url: server.url, httpOnly: true, sameSite: 'Lax' }]);
}

export { expect };
