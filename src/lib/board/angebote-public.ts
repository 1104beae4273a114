import { themaKey, type Angebot } from './angebote.ts';

/**
 * What the public list shows of an Angebot, field by field: what a young person or a partner
 * needs to find and reach it. Named one by one, so that a field added later (the
 * Maßnahme-Karrieren, say) stays with the Bündnis until someone decides it belongs to the public.
 */
export const PUBLIC_FIELDS = ['title', 'provider', 'description', 'ageFrom', 'ageTo', 'access', 'languageLevel', 'place', 'costs', 'contact', 'link', 'categories'] as const satisfies readonly (keyof Angebot)[];
export type PublicAngebot = Pick<Angebot, (typeof PUBLIC_FIELDS)[number]> & { id: string };

export function publicAngebot(angebot: Angebot & { id: string }): PublicAngebot {
	return { id: angebot.id, ...Object.fromEntries(PUBLIC_FIELDS.map((field) => [field, angebot[field]])) } as PublicAngebot;
}

/** The Themen the list's Angebote name, each once (case and spaces aside), with how many name it. */
export function publicThemen(angebote: readonly Pick<Angebot, 'categories'>[]): { thema: string; count: number }[] {
	const themen = new Map<string, { thema: string; count: number }>();
	for (const angebot of angebote) {
		for (const [key, category] of new Map(angebot.categories.map((c) => [themaKey(c), c]))) {
			const entry = themen.get(key) ?? { thema: category, count: 0 };
			entry.count += 1;
			themen.set(key, entry);
		}
	}
	return [...themen.values()].sort((a, b) => a.thema.localeCompare(b.thema, 'de'));
}
