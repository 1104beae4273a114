import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { eq, lte } from 'drizzle-orm';
import type { Db } from '../db/open.ts';
import { participants, sessions, users } from '../db/schema.ts';

// Sessions as lucia-auth.com teaches them: a random token goes to the client, only its SHA-256
// is stored, and the expiry slides forward when a session is used in its second half.
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME = 30 * DAY;

export type SessionKind = (typeof sessions.$inferSelect)['kind'];
export type Session = typeof sessions.$inferSelect;
export type User = Pick<typeof users.$inferSelect, 'id' | 'email' | 'name' | 'mayCreateWorkshops'>;
export type Participant = typeof participants.$inferSelect;

export type SessionValidationResult =
	| { session: Session; user: User | null; participant: Participant | null; fresh: boolean }
	| { session: null; user: null; participant: null; fresh: false };

const NONE: SessionValidationResult = { session: null, user: null, participant: null, fresh: false };

export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export interface NewSession {
	kind: SessionKind;
	userId?: string;
	workshopId?: string;
	participantId?: string;
	oidcIdToken?: string;
}

export function createSession(db: Db, token: string, owner: NewSession, now = Date.now()): Session {
	const session: Session = {
		id: sessionIdFromToken(token),
		kind: owner.kind,
		userId: owner.userId ?? null,
		workshopId: owner.workshopId ?? null,
		participantId: owner.participantId ?? null,
		oidcIdToken: owner.oidcIdToken ?? null,
		expiresAt: new Date(now + SESSION_LIFETIME),
		createdAt: new Date(now)
	};
	db.insert(sessions).values(session).run();
	return session;
}

/** The one session check, used by hooks, API routes and the websocket upgrade alike. */
export function validateSessionToken(db: Db, token: string, now = Date.now()): SessionValidationResult {
	if (!/^[a-z2-7]{32}$/.test(token)) return NONE;
	const id = sessionIdFromToken(token);
	const row = db
		.select({
			session: sessions,
			user: { id: users.id, email: users.email, name: users.name, mayCreateWorkshops: users.mayCreateWorkshops },
			participant: participants
		})
		.from(sessions)
		.leftJoin(users, eq(sessions.userId, users.id))
		.leftJoin(participants, eq(sessions.participantId, participants.id))
		.where(eq(sessions.id, id))
		.get();
	if (!row) return NONE;
	const { session } = row;
	if (now >= session.expiresAt.getTime()) {
		db.delete(sessions).where(eq(sessions.id, id)).run();
		return NONE;
	}
	let fresh = false;
	if (now >= session.expiresAt.getTime() - SESSION_LIFETIME / 2) {
		session.expiresAt = new Date(now + SESSION_LIFETIME);
		db.update(sessions).set({ expiresAt: session.expiresAt }).where(eq(sessions.id, id)).run();
		fresh = true;
	}
	return { session, user: row.user, participant: row.participant, fresh };
}

export function invalidateSession(db: Db, sessionId: string): void {
	db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function invalidateUserSessions(db: Db, userId: string): void {
	db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/**
 * Deletes the sessions that ran out. A session is deleted when it is presented after its end,
 * but a browser that never comes back would leave it, with a single sign-on's ID token, forever.
 */
export function purgeExpiredSessions(db: Db, now = Date.now()): number {
	return db.delete(sessions).where(lte(sessions.expiresAt, new Date(now))).run().changes;
}
