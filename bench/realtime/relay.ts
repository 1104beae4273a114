/**
 * The floor: a bare `ws` relay, started as its own process like the real server. It forwards each
 * document update and each awareness message to the room's other sockets as it comes, and nothing
 * else: no auth, no Yjs, no storage, no per-message checks. Two things it must do so that stock
 * clients work at all: it answers a SyncStep1 by replaying the room's updates so far and an empty
 * SyncStep2 (so late joiners converge and `synced` fires) and the latest awareness state of each
 * client (as every y-websocket server greets a joiner), and it drops awareness messages that carry
 * no client state newer than it has forwarded (the stock client re-sends every change it hears;
 * forwarding those echoes again would loop with N³ growth, not measure a relay).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocketServer, type WebSocket } from 'ws';
import { awarenessMessage, MessageType, SyncType } from '../../src/lib/realtime/messages.ts';

interface RelayRoom {
	sockets: Set<WebSocket>;
	updates: Buffer[];
	/** The latest awareness entry of each client: its clock and JSON state as bytes. */
	states: Map<number, { clock: number; state: Uint8Array }>;
}

/** `0, 1, <empty V1 update>`: a SyncStep2 that adds nothing. */
const EMPTY_SYNC_STEP2 = Buffer.from([MessageType.SYNC, SyncType.STEP2, 2, 0, 0]);

const rooms = new Map<string, RelayRoom>();
const server = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });

function hasNews(room: RelayRoom, data: Buffer): boolean {
	const outer = decoding.createDecoder(data);
	decoding.readVarUint(outer);
	const decoder = decoding.createDecoder(decoding.readVarUint8Array(outer));
	let news = false;
	for (let n = decoding.readVarUint(decoder); n > 0; n--) {
		const clientId = decoding.readVarUint(decoder);
		const clock = decoding.readVarUint(decoder);
		const state = decoding.readVarUint8Array(decoder);
		if (clock > (room.states.get(clientId)?.clock ?? -1)) {
			room.states.set(clientId, { clock, state });
			news = true;
		}
	}
	return news;
}

function greeting(room: RelayRoom): Uint8Array {
	const update = encoding.createEncoder();
	encoding.writeVarUint(update, room.states.size);
	for (const [clientId, { clock, state }] of room.states) {
		encoding.writeVarUint(update, clientId);
		encoding.writeVarUint(update, clock);
		encoding.writeVarUint8Array(update, state);
	}
	return awarenessMessage(encoding.toUint8Array(update));
}

function forward(room: RelayRoom, from: WebSocket, data: Buffer): void {
	for (const socket of room.sockets) if (socket !== from) socket.send(data);
}

server.on('connection', (ws, request) => {
	const name = (request.url ?? '/').split('?', 1)[0]!;
	let room = rooms.get(name);
	if (!room) rooms.set(name, (room = { sockets: new Set(), updates: [], states: new Map() }));
	const joined = room;
	joined.sockets.add(ws);
	ws.on('close', () => joined.sockets.delete(ws));
	ws.on('error', () => {});
	ws.on('message', (data: Buffer) => {
		if (data[0] === MessageType.SYNC) {
			if (data[1] === SyncType.STEP1) {
				for (const update of joined.updates) ws.send(update);
				ws.send(EMPTY_SYNC_STEP2);
				if (joined.states.size > 0) ws.send(greeting(joined));
			} else if (data[1] === SyncType.UPDATE) {
				joined.updates.push(data);
				forward(joined, ws, data);
			}
		} else if (data[0] === MessageType.AWARENESS && hasNews(joined, data)) {
			forward(joined, ws, data);
		}
	});
});

server.on('listening', () => {
	const address = server.address();
	process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('disconnect', () => process.exit(0));
