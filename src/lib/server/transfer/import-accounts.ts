import type { Db } from '../db/open.ts';
import { findUserByEmail } from '../identity/users.ts';

type User = NonNullable<ReturnType<typeof findUserByEmail>>;

export type ImportAccounts =
	| { ok: true; owner: User; linked: string[]; missing: string[] }
	| { ok: false; error: string };

/**
 * The accounts an import gives its facilitators, matched by email: the owner (the one named, else
 * the file's owner, else any facilitator with an account here), everyone else who has one, and
 * the emails without an account.
 */
export function importAccounts(db: Db, facilitators: readonly { email: string; owner: boolean }[], ownerEmail?: string): ImportAccounts {
	const accounts = facilitators.map((f) => ({ ...f, user: findUserByEmail(db, f.email) }));
	const owner = ownerEmail ? findUserByEmail(db, ownerEmail) : (accounts.find((a) => a.owner && a.user) ?? accounts.find((a) => a.user))?.user;
	if (!owner) {
		return { ok: false, error: ownerEmail ? `no account with the email ${ownerEmail}` : 'none of the facilitators has an account here: pass --owner EMAIL' };
	}
	return {
		ok: true,
		owner,
		linked: accounts.flatMap((a) => (a.user ? [a.user.id] : [])),
		missing: accounts.filter((a) => !a.user).map((a) => a.email)
	};
}
