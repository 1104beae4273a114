/**
 * Showing institutions without pointing at a person. In a room with one person from the
 * Ausländerbehörde, "Ausländerbehörde" on a card names them; so an institution is shown only where
 * at least `minGroup` people (K, a workshop setting) stand behind it:
 * - an institution named by fewer than K people, and people without an institution, form
 *   "Weitere Institution" (label null);
 * - if that pool then holds 1 to K-1 people, the smallest named institution joins it, so "Weitere"
 *   cannot point at a person either (a row that names an institution holds only that one);
 * - if no named institution is left to join, all people together are fewer than K and no
 *   institution is shown at all (`shown` false).
 * The breakdown of votes, presence, the cards and every export use this one rule.
 */

export const DEFAULT_MIN_GROUP = 3;
export const MIN_GROUP_RANGE = { min: 2, max: 20 } as const;

export interface InstitutionGroups {
	/** False when the people are too few for any institution to be shown. */
	readonly shown: boolean;
	/** At least one institution is shown by its name. */
	readonly named: boolean;
	/** The institution as it may be shown: its name, or null for "Weitere Institution". */
	label(institution: string): string | null;
}

const normalised = (institution: string) => institution.trim();

export function institutionGroups(institutions: readonly string[], minGroup: number): InstitutionGroups {
	const sizes = new Map<string, number>();
	let other = 0;
	for (const raw of institutions) {
		const name = normalised(raw);
		if (name) sizes.set(name, (sizes.get(name) ?? 0) + 1);
		else other += 1;
	}
	const named = [...sizes]
		.sort(([a, m], [b, n]) => n - m || a.localeCompare(b, 'de'))
		.filter(([, size]) => {
			if (size >= minGroup) return true;
			other += size;
			return false;
		})
		.map(([name]) => name);
	let shown = true;
	if (other > 0 && other < minGroup) {
		if (named.pop() === undefined) shown = false;
	}
	const visible = new Set(named);
	return {
		shown,
		named: shown && visible.size > 0,
		label: (institution) => {
			const name = normalised(institution);
			return visible.has(name) ? name : null;
		}
	};
}

/** A workshop's K, with the default for workshops made before the setting existed. */
export function minGroupOf(settings: { minGroup?: unknown }): number {
	const value = settings.minGroup;
	return typeof value === 'number' && Number.isInteger(value) && value >= MIN_GROUP_RANGE.min && value <= MIN_GROUP_RANGE.max
		? value
		: DEFAULT_MIN_GROUP;
}

/** What a card shows of its author's institution: a name, null for "Weitere Institution", undefined for nothing. */
export function cardInstitution(
	table: Readonly<Record<string, string | null>> | null,
	authorKey: string
): string | null | undefined {
	if (!table || !Object.hasOwn(table, authorKey)) return undefined;
	return table[authorKey] ?? null;
}

export interface InstitutionCount {
	/** null: "Weitere Institution". */
	name: string | null;
	count: number;
}

/** People per institution as shown: named ones largest first, "Weitere" last; none while nothing is named. */
export function countByInstitution(groups: InstitutionGroups, institutions: readonly string[]): InstitutionCount[] {
	if (!groups.named) return [];
	const counts = new Map<string | null, number>();
	for (const institution of institutions) {
		const label = groups.label(institution);
		counts.set(label, (counts.get(label) ?? 0) + 1);
	}
	return [...counts]
		.map(([name, count]) => ({ name, count }))
		.sort(
			(a, b) =>
				Number(a.name === null) - Number(b.name === null) ||
				b.count - a.count ||
				(a.name ?? '').localeCompare(b.name ?? '', 'de')
		);
}
