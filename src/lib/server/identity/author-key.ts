import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * The pseudonym a facilitator's cards carry in one workshop, like a participant's `authorKey`:
 * the same on every device and session of that account, different in every workshop, and
 * not traceable to the account (account ids are random and never reach participants).
 */
export function facilitatorAuthorKey(workshopId: string, userId: string): string {
	const digest = sha256(new TextEncoder().encode(`pinnwand-author:${workshopId}:${userId}`));
	return encodeBase32LowerCaseNoPadding(digest).slice(0, 12);
}
