import type { Db } from '../db/open.ts';
import type { AppContext } from '../context.ts';
import { findUserByEmail } from './users.ts';
import { decoyPasswordHash, verifyPassword } from './password.ts';
import { createSession, generateSessionToken, type Session, type User } from './session.ts';

export type LoginResult =
	| { ok: true; user: User; token: string; session: Session }
	| { ok: false; reason: 'wrong_credentials' }
	| { ok: false; reason: 'rate_limited'; retryAfterMs: number };

/**
 * Checks email and password with the per-account and per-address failure limits, and opens a
 * session on success. Shared by the login form and POST /api/auth/login.
 */
export async function logIn(
	db: Db,
	limits: AppContext['limits'],
	email: string,
	password: string,
	address: string
): Promise<LoginResult> {
	const account = email.trim().toLowerCase();
	const wait = Math.max(limits.loginByAccount.retryAfter(account), limits.loginByAddress.retryAfter(address));
	if (wait > 0) return { ok: false, reason: 'rate_limited', retryAfterMs: wait };

	const row = findUserByEmail(db, account);
	// `||`: a single sign-on account has no password ('') and is checked against the decoy as well.
	const valid = await verifyPassword(row?.passwordHash || (await decoyPasswordHash()), password);
	if (!row || !valid) {
		limits.loginByAccount.recordFailure(account);
		limits.loginByAddress.recordFailure(address);
		return { ok: false, reason: 'wrong_credentials' };
	}
	limits.loginByAccount.reset(account);
	const token = generateSessionToken();
	const session = createSession(db, token, { kind: 'user', userId: row.id });
	return { ok: true, user: { id: row.id, email: row.email, name: row.name, mayCreateWorkshops: row.mayCreateWorkshops }, token, session };
}
