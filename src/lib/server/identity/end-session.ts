import { CloseCode } from '../../realtime/close-codes.ts';
import type { AppContext } from '../context.ts';
import { invalidateSession } from './session.ts';

/** Logout: the session ends in the database and its open sockets close (4401, final). */
export function endSession(context: Pick<AppContext, 'db' | 'rooms'>, sessionId: string): void {
	invalidateSession(context.db, sessionId);
	context.rooms.disconnect((principal) => principal.sessionId === sessionId, CloseCode.NO_SESSION, 'signed out');
}
