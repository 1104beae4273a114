import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { CloseCode } from '$lib/realtime/close-codes';
import { MessageType, SyncType, syncStep1Message } from '$lib/realtime/messages';
import type { ConnectionStatus } from './ConnectionStatus.svelte';
import type { LocalPresence } from './cursor-presence';
import type { PeerPresence } from './PeerCursors.svelte';

/** What the store needs from whatever keeps its documents in sync (the browser wiring, or a test's). */
export interface BoardSync {
	/** This person's presence on the board (the board provider's awareness), where there is one. */
	readonly presence?: LocalPresence & PeerPresence;
	destroy(): void;
}

export interface BrowserSyncOptions {
	/** ws: or wss: origin of the page. */
	wsOrigin: string;
	workshopId: string;
	/** Names the IndexedDB databases; null keeps nothing locally (viewers have nothing to keep). */
	storageKey: string | null;
	board: Y.Doc;
	state: Y.Doc;
	status: ConnectionStatus;
	/** The state document is to be believed from now on (synced, or the best there is offline). */
	onStateTrusted(): void;
}

/** Local changes are confirmed at most this often while they keep coming. */
const CONFIRM_DELAY_MS = 250;

/**
 * Connects the board and the read-only state document with the stock y-websocket client
 * (the browser sends the session cookie) and keeps both in IndexedDB, so edits made offline
 * survive a reload and reach the server once it is back.
 */
export function connectBrowser(options: BrowserSyncOptions): BoardSync {
	const { wsOrigin, workshopId, storageKey, board, state, status } = options;
	const url = `${wsOrigin}/ws`;
	const boardProvider = new WebsocketProvider(url, workshopId, board, { connect: false });
	const stateProvider = new WebsocketProvider(url, `${workshopId}/state`, state, { connect: false });
	const providers = [boardProvider, stateProvider];
	const stores = storageKey
		? [
				new IndexeddbPersistence(`pinnwand:${workshopId}:${storageKey}`, board),
				new IndexeddbPersistence(`pinnwand:${workshopId}:${storageKey}:state`, state)
			]
		: [];
	const confirmer = confirmChanges(boardProvider, board, status);

	boardProvider.on('sync', (synced) => {
		if (synced) status.synced();
	});
	boardProvider.on('connection-close', (event) => {
		status.closed(event?.code ?? null);
		// The workshop was deleted (by hand or by retention): its local copy goes with it.
		if (event?.code === CloseCode.GONE) for (const store of stores) void store.clearData();
	});
	stateProvider.on('sync', (synced) => {
		if (synced) options.onStateTrusted();
	});
	const trustStoredState = () => {
		if (!stateProvider.synced) options.onStateTrusted();
	};
	void stores[1]?.whenSynced.then(() => {
		if (status.state === 'offline') trustStoredState();
	});

	const offline = () => {
		status.wentOffline();
		trustStoredState();
		for (const provider of providers) provider.disconnect();
	};
	const online = () => {
		if (status.state === 'expired') return;
		for (const provider of providers) provider.connect();
	};
	window.addEventListener('offline', offline);
	window.addEventListener('online', online);
	if (navigator.onLine) online();
	else offline();

	return {
		presence: boardProvider.awareness,
		destroy() {
			window.removeEventListener('offline', offline);
			window.removeEventListener('online', online);
			confirmer.destroy();
			for (const provider of providers) provider.destroy();
			for (const store of stores) void store.destroy();
		}
	};
}

/**
 * Counts local changes and confirms them: after a change, and after every (re)sync, a SyncStep1
 * goes to the server; the room answers a socket's messages in order, so its SyncStep2 answer
 * proves that every change sent before it has arrived. Once synced, the server sends a SyncStep2
 * only in answer to one of these.
 */
function confirmChanges(provider: WebsocketProvider, doc: Y.Doc, status: ConnectionStatus): { destroy(): void } {
	const waiting: number[] = [];
	let timer: ReturnType<typeof setTimeout> | undefined;
	const ask = () => {
		timer = undefined;
		if (!provider.synced || !provider.ws || provider.ws.readyState !== WebSocket.OPEN) return;
		waiting.push(status.changeCount);
		provider.ws.send(syncStep1Message(doc));
	};
	const handleSync = provider.messageHandlers[MessageType.SYNC]!;
	provider.messageHandlers[MessageType.SYNC] = (encoder, decoder, p, emitSynced, type) => {
		const answer = p.synced && decoder.arr[decoder.pos] === SyncType.STEP2;
		handleSync(encoder, decoder, p, emitSynced, type);
		if (answer && waiting.length > 0) status.confirm(waiting.shift()!);
	};
	const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
		if (!transaction.local) return;
		status.localChange();
		timer ??= setTimeout(ask, CONFIRM_DELAY_MS);
	};
	doc.on('update', onUpdate);
	provider.on('sync', (synced) => {
		if (synced) ask();
	});
	provider.on('connection-close', () => {
		waiting.length = 0;
	});
	return {
		destroy() {
			clearTimeout(timer);
			doc.off('update', onUpdate);
		}
	};
}
