import type { Session } from '../identity/session.ts';
import type { Db } from '../db/open.ts';
import { isFacilitator } from './workshops.ts';

export type WorkshopRole = 'facilitator' | 'participant' | 'viewer';

/** What a session may do in one workshop; null when it has no business there. */
export function workshopRole(db: Db, session: Session | null, workshopId: string): WorkshopRole | null {
	if (!session) return null;
	switch (session.kind) {
		case 'user':
			return session.userId && isFacilitator(db, workshopId, session.userId) ? 'facilitator' : null;
		case 'participant':
			return session.workshopId === workshopId ? 'participant' : null;
		case 'viewer':
			return session.workshopId === workshopId ? 'viewer' : null;
	}
}
