import { count, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password.ts';
import type { Db } from '../db/open.ts';
import { users } from '../db/schema.ts';
import { randomId } from '../db/ids.ts';
import { email, parse, text, type Parsed } from '../http/validation.ts';

export const NewUserInput = v.object({
	email,
	name: text('name', 100),
	password: v.pipe(
		v.string('password:required'),
		v.minLength(PASSWORD_MIN_LENGTH, 'password:too_short'),
		v.maxLength(PASSWORD_MAX_LENGTH, 'password:too_long')
	)
});

export type UserRow = typeof users.$inferSelect;

export function countUsers(db: Db): number {
	return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

export function findUserByEmail(db: Db, address: string): UserRow | undefined {
	return db.select().from(users).where(eq(users.email, address.trim().toLowerCase())).get();
}

/** Validates and creates a facilitator account; a taken email is a field error, not a throw. */
export async function createUser(db: Db, input: unknown): Promise<Parsed<UserRow>> {
	const parsed = parse(NewUserInput, input);
	if (!parsed.ok) return parsed;
	const { email: address, name, password } = parsed.value;
	if (findUserByEmail(db, address)) return { ok: false, errors: { email: 'taken' } };
	const row: UserRow = {
		id: randomId(),
		email: address,
		name,
		passwordHash: await hashPassword(password),
		mayCreateWorkshops: true,
		createdAt: new Date()
	};
	// The email check above and this insert are not atomic: a racing insert hits the unique index.
	try {
		db.insert(users).values(row).run();
	} catch (error) {
		if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
			return { ok: false, errors: { email: 'taken' } };
		}
		throw error;
	}
	return { ok: true, value: row };
}
