import type { Session, Participant } from './session.ts';
import type { AppContext } from '../context.ts';
import { normalizeJoinCode } from '../db/ids.ts';
import { findWorkshopByJoinCode, type WorkshopRow } from '../workshop/workshops.ts';

export type CodeLookup =
	| { ok: true; workshop: WorkshopRow }
	| { ok: false; reason: 'rate_limited'; retryAfterMs: number }
	| { ok: false; reason: 'unknown' };

/**
 * Finds the open workshop of a join code. Every miss counts against the address, so that codes
 * cannot be guessed, whether through the join page or the API.
 */
export function lookUpJoinCode(context: AppContext, code: string, address: string): CodeLookup {
	const wait = context.limits.joinByAddress.retryAfter(address);
	if (wait > 0) return { ok: false, reason: 'rate_limited', retryAfterMs: wait };
	const workshop = findWorkshopByJoinCode(context.db, normalizeJoinCode(code));
	if (!workshop || workshop.endedAt) {
		context.limits.joinByAddress.recordFailure(address);
		return { ok: false, reason: 'unknown' };
	}
	return { ok: true, workshop };
}

/** The participant this browser already is in that workshop, if any: joining again keeps it. */
export function currentParticipant(
	session: Session | null,
	participant: Participant | null,
	workshopId: string
): Participant | null {
	return session?.kind === 'participant' && participant?.workshopId === workshopId ? participant : null;
}
