import WebSocket from 'ws';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { clientReport, writeCard, type BenchClient } from './clients.ts';
import { now } from './measure.ts';
import type { Observer } from './observer.ts';
import { moveCursor, presence, type PresenceState } from './payloads.ts';
import type { ClientPlan } from './plan.ts';

/** The stock `y-websocket` provider, exactly as a browser or script uses it. */
export function stockClient(plan: ClientPlan, observer: Observer): BenchClient {
	const doc = new Y.Doc();
	const awareness = new Awareness(doc);
	let state = presence(plan.index);
	awareness.setLocalState(state);
	const closes: number[] = [];
	const sent: string[] = [];
	const cards = doc.getMap('cards');
	cards.observe((event) => {
		if (event.transaction.local) return;
		const at = now();
		for (const [key, change] of event.changes.keys) if (change.action === 'add') observer.card(key, at);
	});
	awareness.on('change', ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
		if (origin === 'local') return;
		const at = now();
		for (const id of [...added, ...updated]) {
			const remote = awareness.getStates().get(id) as PresenceState | undefined;
			if (remote) observer.cursor(remote, at);
		}
	});
	const openedAt = now();
	const provider = new WebsocketProvider(plan.serverUrl, plan.roomName, doc, {
		WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
		params: plan.token ? { token: plan.token } : {},
		disableBc: true,
		awareness
	});
	provider.on('sync', (synced: boolean) => {
		if (synced) observer.synced(openedAt);
	});
	provider.on('connection-close', (event) => {
		if (event) closes.push(event.code);
	});

	return {
		closes,
		edit() {
			writeCard(doc, plan.index, sent, observer);
		},
		moveCursor() {
			state = moveCursor(state, now());
			awareness.setLocalState(state);
		},
		report() {
			for (const key of cards.keys()) observer.cards.add(key);
			const present: Record<number, number> = {};
			for (const [id, remote] of awareness.getStates()) {
				const other = remote as PresenceState;
				if (id !== doc.clientID && typeof other.b === 'number') present[other.b] = other.cursor?.s ?? 0;
			}
			return clientReport(plan, observer, {
				kind: 'stock',
				sent,
				stateVector: Buffer.from(Y.encodeStateVector(doc)).toString('base64'),
				cursorSeq: state.cursor?.s ?? 0,
				present,
				closes
			});
		},
		destroy() {
			provider.destroy();
			awareness.destroy();
			doc.destroy();
		}
	};
}
