import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open.ts';
import { randomId } from '../../db/ids.ts';
import { oidcIdentities, users } from '../../db/schema.ts';
import { findUserByEmail } from '../users.ts';
import type { OidcClaims } from './claims.ts';

export type OidcAccountResult =
	| { ok: true; userId: string; created: boolean }
	/** The provider gave no e-mail address, and every account needs one. */
	| { ok: false; reason: 'no_email' }
	/** A password account has this address, and the provider does not vouch that it is the user's. */
	| { ok: false; reason: 'email_unverified' };

export interface AccountRules {
	issuer: string;
	/** null: the provider's groups do not decide who may create workshops. */
	creatorGroup: string | null;
}

/**
 * The account of a provider's user: found by (issuer, subject), else linked to the password
 * account with the same verified e-mail address, else created. Name, a verified e-mail address
 * and, with a creator group, the right to create workshops follow the provider at every sign-in.
 */
export function oidcAccount(db: Db, rules: AccountRules, claims: OidcClaims): OidcAccountResult {
	const mayCreate = rules.creatorGroup === null ? undefined : claims.groups.includes(rules.creatorGroup);
	return db.transaction((tx): OidcAccountResult => {
		const identity = tx
			.select({ userId: oidcIdentities.userId })
			.from(oidcIdentities)
			.where(and(eq(oidcIdentities.issuer, rules.issuer), eq(oidcIdentities.subject, claims.subject)))
			.get();
		let userId = identity?.userId;
		let created = false;
		if (!userId) {
			if (!claims.email) return { ok: false, reason: 'no_email' };
			const existing = findUserByEmail(tx, claims.email);
			if (existing && !claims.emailVerified) return { ok: false, reason: 'email_unverified' };
			userId = existing?.id ?? randomId();
			if (!existing) {
				tx.insert(users).values({ id: userId, email: claims.email, name: claims.name, passwordHash: '', createdAt: new Date() }).run();
				created = true;
			}
			tx.insert(oidcIdentities).values({ issuer: rules.issuer, subject: claims.subject, userId, createdAt: new Date() }).run();
		}
		// A verified new address follows too (a marriage, a new Amt), unless another account has it.
		const moved = identity && claims.email && claims.emailVerified && !findUserByEmail(tx, claims.email) ? { email: claims.email } : {};
		tx.update(users).set({ name: claims.name, mayCreateWorkshops: mayCreate, ...moved }).where(eq(users.id, userId)).run();
		return { ok: true, userId, created };
	});
}
