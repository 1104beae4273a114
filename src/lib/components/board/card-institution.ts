import { cardInstitution } from '$lib/board/institution-groups';
import { m } from '$lib/paraglide/messages.js';

/** The author's institution in words for a card, or undefined where the card shows none. */
export function institutionLabel(table: Readonly<Record<string, string | null>> | null, authorKey: string): string | undefined {
	const institution = cardInstitution(table, authorKey);
	return institution === undefined ? undefined : (institution ?? m.other_institution());
}
