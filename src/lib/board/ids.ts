import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * Id of a new card, cluster or action: 80 random bits, 16 base32 characters. Ids are map keys of
 * the shared document, so two clients never pick the same one and nothing is ever duplicated.
 */
export function newId(): string {
	const bytes = new Uint8Array(10);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}
