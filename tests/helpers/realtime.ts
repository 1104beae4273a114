import Database from 'better-sqlite3';
import path from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { syncStep1Message } from '../../src/lib/realtime/messages.ts';
import type { RunningServer } from './server.ts';

export function wsUrl(server: RunningServer, pathAndQuery = ''): string {
	return server.url.replace(/^http/, 'ws') + pathAndQuery;
}

export interface Client {
	doc: Y.Doc;
	provider: WebsocketProvider;
	/** Close codes of every connection the provider lost, in order. */
	closes: number[];
	destroy(): void;
}

/**
 * The stock y-websocket client, as a script uses it. BroadcastChannel is off: in one Node process
 * it would let clients sync with each other without the server.
 */
export function connect(server: RunningServer, room: string, token: string | null, doc = new Y.Doc()): Client {
	const provider = new WebsocketProvider(wsUrl(server, '/ws'), room, doc, {
		WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
		params: token ? { token } : {},
		disableBc: true
	});
	const closes: number[] = [];
	provider.on('connection-close', (event) => {
		if (event) closes.push(event.code);
	});
	return {
		doc,
		provider,
		closes,
		destroy() {
			provider.destroy();
			doc.destroy();
		}
	};
}

/** Resolves once the provider has finished its first sync with the server. */
export function synced(client: Client, timeoutMs = 10_000): Promise<void> {
	if (client.provider.synced) return Promise.resolve();
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('not synced in time')), timeoutMs);
		client.provider.once('sync', () => {
			clearTimeout(timer);
			resolve();
		});
	});
}

/** A card as schema v1 describes it, written as raw Y.Map entries. */
export function addCard(doc: Y.Doc, id: string, text: string, authorKey = 'test-author'): void {
	doc.transact(() => {
		const card = new Y.Map<unknown>();
		doc.getMap('cards').set(id, card);
		card.set('text', text);
		card.set('category', 'Sprache');
		card.set('clusterId', null);
		card.set('order', 'a0');
		card.set('authorKey', authorKey);
		card.set('createdAt', Date.now());
		card.set('deletedAt', null);
	});
}

export function cardIds(doc: Y.Doc): string[] {
	return [...doc.getMap('cards').keys()].sort();
}

/** The stored rows of a document, read straight from the server's SQLite file. */
export function storedUpdates(dataDir: string, workshopId: string, doc: 'board' | 'state' = 'board'): Uint8Array[] {
	const db = new Database(path.join(dataDir, 'pinnwand.sqlite'));
	try {
		return db
			.prepare('select data from doc_updates where workshop_id = ? and doc = ? order by id')
			.all(workshopId, doc)
			.map((row) => (row as { data: Buffer }).data);
	} finally {
		db.close();
	}
}

/** The document as the database holds it. */
export function storedDoc(dataDir: string, workshopId: string, doc: 'board' | 'state' = 'board'): Y.Doc {
	const ydoc = new Y.Doc();
	for (const update of storedUpdates(dataDir, workshopId, doc)) Y.applyUpdate(ydoc, update);
	return ydoc;
}

/** A bare `ws` client that records every frame and how the socket closed. */
export class RawSocket {
	readonly messages: Uint8Array[] = [];
	readonly socket: WebSocket;
	readonly closed: Promise<{ code: number; reason: string; messagesBefore: number }>;
	readonly opened: Promise<boolean>;
	private waiters: (() => void)[] = [];

	constructor(url: string, options: { headers?: Record<string, string>; autoPong?: boolean } = {}) {
		this.socket = new WebSocket(url, { headers: options.headers, autoPong: options.autoPong ?? true });
		this.socket.on('message', (data: Buffer) => {
			this.messages.push(new Uint8Array(data));
			for (const wake of this.waiters.splice(0)) wake();
		});
		this.socket.on('error', () => {});
		this.opened = new Promise((resolve) => {
			this.socket.once('open', () => resolve(true));
			this.socket.once('close', () => resolve(false));
		});
		this.closed = new Promise((resolve) =>
			this.socket.once('close', (code, reason) => {
				for (const wake of this.waiters.splice(0)) wake();
				resolve({ code, reason: reason.toString(), messagesBefore: this.messages.length });
			})
		);
	}

	get isOpen(): boolean {
		return this.socket.readyState === WebSocket.OPEN;
	}

	/** Waits until `condition` holds (true) or the socket has closed first (false). */
	async until(condition: () => boolean, timeoutMs = 10_000): Promise<boolean> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			if (condition()) return true;
			if (this.socket.readyState === WebSocket.CLOSED) return false;
			if (Date.now() > deadline) throw new Error('condition not met in time');
			await new Promise<void>((resolve) => {
				this.waiters.push(resolve);
				setTimeout(resolve, 50);
			});
		}
	}

	/** The first message from index `from` on that matches, or null once the socket has closed. */
	async next(match: (message: Uint8Array) => boolean, from = 0, timeoutMs = 10_000): Promise<Uint8Array | null> {
		let found: Uint8Array | null = null;
		const seen = () => (found = this.messages.slice(from).find(match) ?? null) !== null;
		return (await this.until(seen, timeoutMs)) ? found : null;
	}

	count(match: (message: Uint8Array) => boolean): number {
		return this.messages.filter(match).length;
	}

	send(data: Uint8Array | string): void {
		this.socket.send(data);
	}

	close(): void {
		this.socket.terminate();
	}
}

/** A SyncStep2 from the server: the answer to a SyncStep1. */
export const isSyncStep2 = (message: Uint8Array) => message[0] === 0 && message[1] === 1;

/**
 * Waits until the server has handled everything the client sent so far: the server answers a
 * SyncStep1 in order, so once the answer arrives, every earlier message was processed.
 */
export async function processed(client: Client): Promise<void> {
	const ws = client.provider.ws;
	if (!ws) throw new Error('not connected');
	await new Promise<void>((resolve) => {
		const onMessage = (event: MessageEvent) => {
			if (!isSyncStep2(new Uint8Array(event.data as ArrayBuffer))) return;
			ws.removeEventListener('message', onMessage);
			resolve();
		};
		ws.addEventListener('message', onMessage);
		ws.send(syncStep1Message(new Y.Doc()));
	});
}
