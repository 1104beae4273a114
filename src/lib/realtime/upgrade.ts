import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCode } from './close-codes.ts';
import { Connection, type Traffic } from './Connection.ts';
import { docLabel, isRealtimePath, parseRoomPath, type DocRef } from './doc-ref.ts';
import type { RoomRegistry } from './RoomRegistry.ts';

export type Admission<P> = { ok: true; principal: P } | { ok: false; code: number; reason: string };

export interface RealtimeServerOptions<P> {
	registry: RoomRegistry<P>;
	/**
	 * The authenticate step: decides from the request alone (Origin, session) whether it may open
	 * this document, before the socket receives any document byte.
	 */
	authenticate(request: IncomingMessage, ref: DocRef): Admission<P>;
	/** Frames above this size close the socket with 1009 (`ws` enforces it while reading). */
	maxMessageBytes: number;
	ratePerSecond: number;
	rateBurst: number;
	log(line: string): void;
	traffic?: Traffic;
}

export type UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => boolean;

/**
 * The `upgrade` listener of the realtime server. It takes requests under /ws/ and returns false
 * for every other one without touching it, so Vite's HMR socket keeps working next to it.
 */
export function createUpgradeHandler<P>(options: RealtimeServerOptions<P>): UpgradeHandler {
	const server = new WebSocketServer({
		noServer: true,
		maxPayload: options.maxMessageBytes,
		perMessageDeflate: false,
		clientTracking: false
	});
	return (request, socket, head) => {
		const pathname = (request.url ?? '/').split('?', 1)[0]!;
		if (!isRealtimePath(pathname)) return false;
		server.handleUpgrade(request, socket, head, (ws) => admit(options, ws, request, pathname));
		return true;
	};
}

/**
 * Authorizes first and closes at once with 4401/4403 if that fails; an admitted socket is handed to
 * the registry, which sends its first byte only after the document has loaded.
 */
function admit<P>(options: RealtimeServerOptions<P>, ws: WebSocket, request: IncomingMessage, pathname: string) {
	const ref = parseRoomPath(pathname);
	const label = ref ? docLabel(ref) : pathname;
	ws.on('error', (error) => options.log(`realtime ${label}: socket error (${error.message})`));
	if (!ref) return ws.close(CloseCode.NO_ACCESS, 'no such document');
	const admission = authorize(options, request, ref);
	if (!admission.ok) return ws.close(admission.code, admission.reason);
	const connection = new Connection(ws, admission.principal, {
		ratePerSecond: options.ratePerSecond,
		rateBurst: options.rateBurst,
		label,
		log: options.log,
		traffic: options.traffic
	});
	ws.on('message', (data, binary) => connection.receive(data as Buffer, binary));
	ws.on('pong', () => connection.pong());
	ws.on('close', () => connection.socketClosed());
	options.registry.connect(ref, connection).catch((error: unknown) => {
		options.log(`realtime ${label}: join failed (${error instanceof Error ? error.message : error})`);
		connection.close(CloseCode.INTERNAL, 'join failed');
	});
}

function authorize<P>(options: RealtimeServerOptions<P>, request: IncomingMessage, ref: DocRef): Admission<P> {
	if (options.registry.closed) return { ok: false, code: CloseCode.RESTART, reason: 'server restart' };
	try {
		return options.authenticate(request, ref);
	} catch (error) {
		options.log(`realtime ${docLabel(ref)}: authentication failed (${error instanceof Error ? error.message : error})`);
		return { ok: false, code: CloseCode.INTERNAL, reason: 'authentication failed' };
	}
}
