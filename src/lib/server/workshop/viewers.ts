import { createSession, generateSessionToken } from '../identity/session.ts';
import type { Db } from '../db/open.ts';

/**
 * A read-only session for one workshop, for the Beamer-Ansicht on a Rathaus PC that should not
 * carry the facilitator's login. Revoked by deleting the session (or the workshop).
 */
export function createViewerSession(db: Db, workshopId: string): { token: string; expiresAt: Date } {
	const token = generateSessionToken();
	const session = createSession(db, token, { kind: 'viewer', workshopId });
	return { token, expiresAt: session.expiresAt };
}

export function viewerUrl(origin: string, workshopId: string, token: string): string {
	return `${origin}/w/${workshopId}/beamer?key=${token}`;
}
