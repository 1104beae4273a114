import { eq, sql } from 'drizzle-orm';
import { readFacilitatorState, silentCollecting } from '../../board/facilitator-state.ts';
import type { DocKind } from '../../realtime/doc-ref.ts';
import type { RoomPolicy } from '../../realtime/RoomRegistry.ts';
import type { WorkshopRole } from '../workshop/access.ts';
import type { Db } from '../db/open.ts';
import { workshops } from '../db/schema.ts';
import type { Principal } from './authenticate.ts';

const WRITERS: ReadonlySet<WorkshopRole> = new Set(['facilitator', 'participant']);

/** What the write check may need to know, asked only when it matters. */
export interface WriteFacts {
	locked(): boolean;
	ended(): boolean;
	/** Silent Sammeln: participants hand their cards to the server instead (cards API). */
	silentCollecting(): boolean;
}

/**
 * Who may change what, asked for every incoming update so that a lock, silent collecting or the
 * end of the workshop take effect on open sockets at once:
 * - the facilitator state document is written by the server only;
 * - the board by facilitators and participants, unless it is locked or the workshop has ended;
 * - participants not while silent collecting is on (their cards wait with the server);
 * - viewers (Beamer) never write.
 */
export function mayWrite(role: WorkshopRole, doc: DocKind, facts: WriteFacts): boolean {
	if (doc !== 'board' || !WRITERS.has(role)) return false;
	if (role === 'participant' && facts.silentCollecting()) return false;
	return !facts.locked() && !facts.ended();
}

export function realtimePolicy(db: Db): RoomPolicy<Principal> {
	const endedAt = db
		.select({ endedAt: workshops.endedAt })
		.from(workshops)
		.where(eq(workshops.id, sql.placeholder('id')))
		.prepare();
	return {
		mayWrite: (principal, doc, workshop) =>
			mayWrite(principal.role, doc, {
				locked: () => readFacilitatorState(workshop.rooms.state.doc).locked,
				silentCollecting: () => silentCollecting(readFacilitatorState(workshop.rooms.state.doc)),
				// Read from the database rather than cached, so ending a workshop needs no
				// notification; a workshop that no longer exists counts as ended.
				ended: () => {
					const row = endedAt.get({ id: workshop.id });
					return !row || row.endedAt !== null;
				}
			}),
		sameParty: (a, b) => a.sessionId === b.sessionId
	};
}
