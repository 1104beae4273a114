import * as v from 'valibot';
import { email } from '../../http/validation.ts';

/** What Pinnwand takes from an OpenID Provider about a user, checked like any other input. */
export interface OidcClaims {
	subject: string;
	email: string | null;
	emailVerified: boolean;
	name: string;
	groups: string[];
}

const NAME_MAX = 100;

const Claims = v.looseObject({
	sub: v.pipe(v.string(), v.nonEmpty(), v.maxLength(255)),
	email: v.optional(v.fallback(v.nullable(email), null), null),
	email_verified: v.optional(v.unknown()),
	name: v.optional(v.unknown()),
	given_name: v.optional(v.unknown()),
	family_name: v.optional(v.unknown()),
	preferred_username: v.optional(v.unknown())
});

function words(...values: unknown[]): string {
	return values
		.filter((value): value is string => typeof value === 'string')
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, NAME_MAX);
}

/** A groups claim is a list of names at most providers and a single name at some. */
function groups(value: unknown): string[] {
	const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
	return list.filter((group): group is string => typeof group === 'string');
}

/** null when the provider sent no usable subject: without it the user cannot be recognised again. */
export function parseClaims(raw: Record<string, unknown>, groupsClaim: string): OidcClaims | null {
	const parsed = v.safeParse(Claims, raw);
	if (!parsed.success) return null;
	const claims = parsed.output;
	const name =
		words(claims.name) ||
		words(claims.given_name, claims.family_name) ||
		words(claims.preferred_username) ||
		words(claims.email?.split('@')[0]);
	return {
		subject: claims.sub,
		email: claims.email,
		// Only a literal true counts: a provider that does not say so has not verified the address.
		emailVerified: claims.email_verified === true,
		name: name || claims.sub.slice(0, NAME_MAX),
		groups: groups(raw[groupsClaim])
	};
}
