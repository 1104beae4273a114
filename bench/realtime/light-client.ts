import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
	awarenessMessage,
	MessageType,
	syncStep1Message,
	syncStep2Message,
	SyncType,
	updateMessage
} from '../../src/lib/realtime/messages.ts';
import { encodeAwarenessUpdate, joinAwarenessEntries } from '../../src/lib/realtime/awareness-update.ts';
import { clientReport, socketUrl, writeCard, type BenchClient } from './clients.ts';
import { now } from './measure.ts';
import type { Observer } from './observer.ts';
import { cardKeysIn, moveCursor, presence, type PresenceState } from './payloads.ts';
import type { ClientPlan } from './plan.ts';

/** The stock client renews its presence this often (half the y-protocols timeout). */
const RENEW_MS = 15_000;

/**
 * A protocol-level client: the same y-websocket messages as the stock provider (SyncStep1 on
 * open, SyncStep2 answers, updates, its own awareness state with renewals, and — with `echo` —
 * the stock client's habit of re-sending every awareness change it receives), but without
 * integrating other clients' updates: it keeps a document of its own cards only and finds
 * other cards' keys in the raw update bytes. It costs the load generator a fraction of a provider.
 */
export function lightClient(plan: ClientPlan, observer: Observer, echo: boolean): BenchClient {
	const doc = new Y.Doc();
	let state = presence(plan.index);
	let clock = 0;
	let renewedAt = now();
	const clocks = new Map<number, number>();
	const present = new Map<number, PresenceState>();
	const closes: number[] = [];
	const sent: string[] = [];
	let destroyed = false;
	const openedAt = now();
	const ws = new WebSocket(socketUrl(plan));

	const send = (message: Uint8Array) => {
		if (ws.readyState === WebSocket.OPEN) ws.send(message);
	};
	const sendOwnState = () => {
		renewedAt = now();
		send(awarenessMessage(encodeAwarenessUpdate([{ clientId: doc.clientID, clock, state: JSON.stringify(state) }])));
	};
	const renewal = setInterval(() => {
		if (now() - renewedAt < RENEW_MS) return;
		clock += 1;
		sendOwnState();
	}, RENEW_MS / 10);

	doc.on('update', (update: Uint8Array) => send(updateMessage(update)));
	ws.on('open', () => {
		send(syncStep1Message(doc));
		sendOwnState();
	});
	ws.on('message', (data: Buffer) => receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
	ws.on('error', () => {});
	ws.on('close', (code) => {
		if (!destroyed) closes.push(code);
		clearInterval(renewal);
	});

	function receive(data: Uint8Array): void {
		const decoder = decoding.createDecoder(data);
		const type = decoding.readVarUint(decoder);
		if (type === MessageType.SYNC) {
			const step = decoding.readVarUint(decoder);
			if (step === SyncType.STEP1) return send(syncStep2Message(doc, decoding.readVarUint8Array(decoder)));
			const at = now();
			for (const key of cardKeysIn(decoding.readVarUint8Array(decoder))) observer.card(key, at);
			if (step === SyncType.STEP2) observer.synced(openedAt);
		} else if (type === MessageType.AWARENESS) {
			awareness(decoding.readVarUint8Array(decoder));
		} else if (type === MessageType.QUERY_AWARENESS) {
			sendOwnState();
		}
	}

	/**
	 * The y-protocols rules: a higher clock wins, a removal at the same clock wins. The echo is
	 * what the stock client sends: the entries that changed its view, as they came.
	 */
	function awareness(update: Uint8Array): void {
		const decoder = decoding.createDecoder(update);
		const count = decoding.readVarUint(decoder);
		const changed: Uint8Array[] = [];
		const at = now();
		for (let n = 0; n < count; n++) {
			const start = decoder.pos;
			const clientId = decoding.readVarUint(decoder);
			const entryClock = decoding.readVarUint(decoder);
			const text = decoding.readVarString(decoder);
			if (clientId === doc.clientID) continue;
			const known = clocks.get(clientId) ?? 0;
			const parsed = JSON.parse(text) as PresenceState | null;
			if (!(known < entryClock || (known === entryClock && parsed === null && present.has(clientId)))) continue;
			clocks.set(clientId, entryClock);
			if (parsed === null) present.delete(clientId);
			else {
				present.set(clientId, parsed);
				observer.cursor(parsed, at);
			}
			changed.push(update.subarray(start, decoder.pos));
		}
		if (!echo || changed.length === 0) return;
		send(awarenessMessage(changed.length === count ? update : joinAwarenessEntries(changed)));
	}

	return {
		closes,
		edit() {
			writeCard(doc, plan.index, sent, observer);
		},
		moveCursor() {
			state = moveCursor(state, now());
			clock += 1;
			sendOwnState();
		},
		report() {
			const seen: Record<number, number> = {};
			for (const other of present.values()) seen[other.b] = other.cursor?.s ?? 0;
			return clientReport(plan, observer, {
				kind: 'light',
				sent,
				stateVector: null,
				cursorSeq: state.cursor?.s ?? 0,
				present: seen,
				closes
			});
		},
		destroy() {
			destroyed = true;
			clearInterval(renewal);
			ws.terminate();
			doc.destroy();
		}
	};
}
