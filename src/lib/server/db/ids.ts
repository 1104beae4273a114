import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** Random, unguessable identifier: 120 bits, base32 lower case (24 characters). */
export function randomId(): string {
	const bytes = new Uint8Array(15);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** No look-alikes: without 0/O, 1/I/L. 31 symbols, so 6 characters give ~887 million codes. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function randomJoinCode(length = 6): string {
	const out: string[] = [];
	const bytes = new Uint8Array(1);
	while (out.length < length) {
		crypto.getRandomValues(bytes);
		const byte = bytes[0]!;
		// Rejection sampling keeps every symbol equally likely.
		if (byte >= 248) continue;
		out.push(JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length]!);
	}
	return out.join('');
}

/** Accepts what people type from a Beamer: lower case, spaces and dashes. */
export function normalizeJoinCode(input: string): string {
	return input.toUpperCase().replace(/[\s-]/g, '');
}
