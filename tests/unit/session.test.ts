import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	purgeExpiredSessions,
	SESSION_LIFETIME,
	sessionIdFromToken,
	validateSessionToken
} from '../../src/lib/server/identity/session.ts';
import { openDatabase, type OpenDatabase } from '../../src/lib/server/db/open.ts';
import { createUser } from '../../src/lib/server/identity/users.ts';

let database: OpenDatabase;
let userId: string;

beforeEach(async () => {
	database = openDatabase(':memory:');
	const created = await createUser(database.db, { email: 'a@example.org', name: 'Anna', password: 'lang-genug-1' });
	if (!created.ok) throw new Error('user');
	userId = created.value.id;
});

afterEach(() => database.close());

describe('sessions', () => {
	it('store only the SHA-256 of the token', () => {
		const token = generateSessionToken();
		createSession(database.db, token, { kind: 'user', userId });
		const rows = database.sqlite.prepare('select id from sessions').all() as { id: string }[];
		expect(rows).toEqual([{ id: sessionIdFromToken(token) }]);
		expect(JSON.stringify(database.sqlite.prepare('select * from sessions').all())).not.toContain(token);
	});

	it('validate a token to its user', () => {
		const token = generateSessionToken();
		createSession(database.db, token, { kind: 'user', userId });
		const result = validateSessionToken(database.db, token);
		expect(result.user).toMatchObject({ id: userId, email: 'a@example.org', name: 'Anna' });
		expect(result.session?.kind).toBe('user');
	});

	it('slide the expiry forward when used in their second half, and not before', () => {
		const token = generateSessionToken();
		const start = 1_000_000;
		createSession(database.db, token, { kind: 'user', userId }, start);
		expect(validateSessionToken(database.db, token, start + 1000).fresh).toBe(false);
		const later = start + SESSION_LIFETIME * 0.75;
		const slid = validateSessionToken(database.db, token, later);
		expect(slid.fresh).toBe(true);
		expect(slid.session?.expiresAt.getTime()).toBe(later + SESSION_LIFETIME);
		expect(validateSessionToken(database.db, token, start + SESSION_LIFETIME + 1000).session).not.toBeNull();
	});

	it('end at expiry and are deleted then', () => {
		const token = generateSessionToken();
		createSession(database.db, token, { kind: 'user', userId }, 0);
		expect(validateSessionToken(database.db, token, SESSION_LIFETIME).session).toBeNull();
		expect(database.sqlite.prepare('select count(*) n from sessions').get()).toEqual({ n: 0 });
	});

	it('that nobody presents again are deleted by the retention run once they ran out, ID token and all', () => {
		const gone = generateSessionToken();
		createSession(database.db, gone, { kind: 'user', userId, oidcIdToken: 'header.claims.signature' }, 0);
		const kept = generateSessionToken();
		createSession(database.db, kept, { kind: 'user', userId }, SESSION_LIFETIME);
		expect(purgeExpiredSessions(database.db, SESSION_LIFETIME + 1)).toBe(1);
		expect(database.sqlite.prepare('select id, oidc_id_token from sessions').all()).toEqual([{ id: sessionIdFromToken(kept), oidc_id_token: null }]);
	});

	it('refuse unknown, malformed and invalidated tokens', () => {
		expect(validateSessionToken(database.db, generateSessionToken()).session).toBeNull();
		expect(validateSessionToken(database.db, "' or 1=1 --").session).toBeNull();
		const token = generateSessionToken();
		const session = createSession(database.db, token, { kind: 'user', userId });
		invalidateSession(database.db, session.id);
		expect(validateSessionToken(database.db, token).session).toBeNull();
	});
});
