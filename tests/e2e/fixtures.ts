import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { facilitator, type Facilitator } from '../helpers/api.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

export interface Fixtures {
	/** A fresh server with an empty database, for this test only. */
	server: RunningServer;
	/** Every request any page of the test made that left the server's own origin. */
	foreignRequests: string[];
	/** A signed-in facilitator (account made by CLI, session by API) and its page. */
	moderator: { account: Facilitator; page: Page; context: BrowserContext };
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
	foreignRequests: async ({ context, server }, use) => {
		const foreign: string[] = [];
		const origin = new URL(server.url).origin;
		context.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
		});
		await use(foreign);
		expect(foreign, 'requests outside the own origin').toEqual([]);
	},
	moderator: async ({ browser, server }, use) => {
		const account = await facilitator(server, 'Maria Moderation');
		const context = await browser.newContext({ baseURL: server.url });
		await signIn(context, server, account.token);
		const page = await context.newPage();
		await use({ account, page, context });
		await context.close();
	}
});

/** Puts a session token into a context as the browser would hold it after a login. */
export async function signIn(context: BrowserContext, server: RunningServer, token: string): Promise<void> {
	await context.addCookies([{ name: 'pinnwand_session', value: token, url: server.url, httpOnly: true, sameSite: 'Lax' }]);
}

export { expect };
