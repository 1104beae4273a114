import { CookieJar } from './cookie-jar.ts';
import type { RunningServer } from './server.ts';

/** One browser's cookies: the app's and the provider's. */
export interface SsoBrowser {
	app: CookieJar;
	provider: CookieJar;
	/** The provider's forms this browser filled in, in order: `login`, `consent`. */
	prompts: string[];
}

export function newBrowser(): SsoBrowser {
	return { app: new CookieJar(), provider: new CookieJar(), prompts: [] };
}

export async function visit(jar: CookieJar, url: URL, init: RequestInit = {}): Promise<Response> {
	const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, cookie: jar.header() } });
	jar.store(response);
	return response;
}

/**
 * From the SSO button through the test provider's login and consent forms, as `login`, up to the
 * provider's answer: the callback URL, not yet visited, so that a test can tamper with it.
 */
export async function signInAtProvider(app: RunningServer, browser: SsoBrowser, login: string): Promise<URL> {
	const start = await visit(browser.app, new URL('/auth/oidc', app.url));
	if (start.status !== 302) throw new Error(`SSO start answered ${start.status}: ${await start.text()}`);
	let url = new URL(start.headers.get('location')!);
	for (let step = 0; step < 12; step++) {
		if (url.origin === app.url) return url;
		const response = await visit(browser.provider, url);
		if (response.status >= 300 && response.status < 400) {
			url = new URL(response.headers.get('location')!, url);
			continue;
		}
		const html = await response.text();
		const action = /action="([^"]+)"/.exec(html)?.[1];
		const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
		if (response.status !== 200 || !action || !prompt) throw new Error(`provider answered ${response.status}: ${html.slice(0, 500)}`);
		browser.prompts.push(prompt);
		const form = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'beliebig' } : { prompt });
		const submitted = await visit(browser.provider, new URL(action, url), {
			method: 'POST',
			body: form,
			headers: { 'content-type': 'application/x-www-form-urlencoded' }
		});
		url = new URL(submitted.headers.get('location')!, url);
	}
	throw new Error('the provider never sent the browser back to the app');
}

export interface CallbackAnswer {
	status: number;
	location: string | null;
	/** The session token the app set, if it set one. */
	token: string | null;
	body: string;
}

export async function visitCallback(browser: SsoBrowser, callback: URL): Promise<CallbackAnswer> {
	const response = await visit(browser.app, callback);
	return {
		status: response.status,
		location: response.headers.get('location'),
		token: browser.app.get('pinnwand_session') ?? null,
		body: await response.text()
	};
}

/** A whole sign-in through the test provider; returns the new session's token. */
export async function ssoSignIn(app: RunningServer, login: string, browser = newBrowser()): Promise<string> {
	const answer = await visitCallback(browser, await signInAtProvider(app, browser, login));
	if (answer.status !== 303 || !answer.token) throw new Error(`SSO callback answered ${answer.status}: ${answer.body.slice(0, 500)}`);
	return answer.token;
}
