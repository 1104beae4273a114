import type { IncomingMessage } from 'node:http';
import { CloseCode } from '../../realtime/close-codes.ts';
import type { DocRef } from '../../realtime/doc-ref.ts';
import type { Admission } from '../../realtime/upgrade.ts';
import { workshopRole, type WorkshopRole } from '../workshop/access.ts';
import { SESSION_COOKIE } from '../identity/cookie.ts';
import { validateSessionToken } from '../identity/session.ts';
import type { Db } from '../db/open.ts';
import { getWorkshop } from '../workshop/workshops.ts';

/** Who is on the other end of an admitted socket. */
export interface Principal {
	workshopId: string;
	role: WorkshopRole;
	sessionId: string;
	userId: string | null;
	participantId: string | null;
}

export interface RealtimeAuthOptions {
	db: Db;
	/** The public origin (it is known only once the server listens). */
	origin(): string;
	/** ORIGIN is configured: only that origin is accepted. */
	strictOrigin: boolean;
}

/**
 * The authenticate step of the realtime server, with the one session check of the app: a foreign
 * Origin or a session without access to this workshop gets 4403, no valid session 4401.
 */
export function authenticate(
	options: RealtimeAuthOptions,
	request: IncomingMessage,
	ref: DocRef
): Admission<Principal> {
	if (!originAllowed(options, request)) return { ok: false, code: CloseCode.NO_ACCESS, reason: 'foreign origin' };
	const token = upgradeToken(request);
	const { session } = token ? validateSessionToken(options.db, token) : { session: null };
	if (!session) return { ok: false, code: CloseCode.NO_SESSION, reason: 'no valid session' };
	const workshop = getWorkshop(options.db, ref.roomId);
	const role = workshop ? workshopRole(options.db, session, workshop.id) : null;
	if (!role) return { ok: false, code: CloseCode.NO_ACCESS, reason: 'no access to this workshop' };
	return {
		ok: true,
		principal: {
			workshopId: ref.roomId,
			role,
			sessionId: session.id,
			userId: session.userId,
			participantId: session.participantId
		}
	};
}

/**
 * Browsers always send Origin on a websocket handshake; a page of another site must not reach a
 * room with the visitor's cookie. Scripts send none and authenticate by token. Without a
 * configured ORIGIN the page's own host counts too, so http://127.0.0.1:5173 works next to
 * http://localhost:5173 in dev.
 */
function originAllowed(options: RealtimeAuthOptions, request: IncomingMessage): boolean {
	const origin = request.headers.origin;
	if (origin === undefined) return true;
	if (origin === options.origin()) return true;
	if (options.strictOrigin) return false;
	try {
		return new URL(origin).host === request.headers.host;
	} catch {
		return false;
	}
}

/** `?token=` (the stock client's `params`), `Authorization: Bearer`, or the session cookie. */
function upgradeToken(request: IncomingMessage): string | null {
	const query = (request.url ?? '').split('?')[1];
	const fromQuery = query ? new URLSearchParams(query).get('token') : null;
	if (fromQuery) return fromQuery;
	const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
	if (bearer) return bearer;
	for (const part of request.headers.cookie?.split(';') ?? []) {
		const [name, ...value] = part.split('=');
		if (name?.trim() === SESSION_COOKIE) return value.join('=').trim();
	}
	return null;
}
