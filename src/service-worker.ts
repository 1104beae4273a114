/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, version } from '$service-worker';

/**
 * Lets the board reload without a network: the app's build files are cached at install, and the
 * board page (/w/<id>) is served network-first from a copy of its last good response. The board
 * itself comes from IndexedDB (y-indexeddb), so edits made offline are still there after a reload.
 * Nothing else is intercepted; every other request goes to the network as usual.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `pinnwand-${version}`;
const ASSETS = new Set([...build, ...files]);
const BOARD_PAGE = /^\/w\/[^/]+\/?$/;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll([...ASSETS]))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
			// A board opened before this worker took over has not passed through it yet.
			const windows = await sw.clients.matchAll({ type: 'window' });
			await Promise.all(
				windows
					.map((client) => new URL(client.url))
					.filter((url) => BOARD_PAGE.test(url.pathname))
					.map((url) => fetchBoardPage(new Request(url.href, { credentials: 'same-origin' })).catch(() => null))
			);
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (ASSETS.has(url.pathname)) {
		event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
	} else if (request.mode === 'navigate' && BOARD_PAGE.test(url.pathname)) {
		event.respondWith(fetchBoardPage(request).catch(() => cachedBoardPage(request)));
	}
});

/** The page from the network; a good copy replaces the cached one, anything else removes it (signed out, no access). */
async function fetchBoardPage(request: Request): Promise<Response> {
	const response = await fetch(request);
	const cache = await caches.open(CACHE);
	if (response.ok && response.type === 'basic') await cache.put(request.url, response.clone());
	else await cache.delete(request.url);
	return response;
}

async function cachedBoardPage(request: Request): Promise<Response> {
	return (await caches.match(request.url)) ?? Response.error();
}
