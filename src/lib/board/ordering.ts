import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/** Anything kept in order by a fractional-index key; the id breaks ties between equal keys. */
export interface Ordered {
	readonly id: string;
	readonly order: string;
}

/** Where to put an item among its siblings; with neither neighbour named, at the end. */
export type Placement =
	| { before: string; after?: never }
	| { after: string; before?: never }
	| { before?: undefined; after?: undefined };

/** The key a malformed `order` reads as, so such an entry still sorts somewhere and can be moved. */
export const FALLBACK_ORDER = generateKeyBetween(null, null);

export function isOrderKey(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	try {
		// The library exports no validator; asking for a successor validates the key exactly as
		// every later insertion next to it will.
		generateKeyBetween(value, null);
		return true;
	} catch {
		return false;
	}
}

/**
 * Sorts by key, then by id: two clients inserting at the same spot generate the same key, and
 * every replica must still show the same order. Plain code-unit comparison, as the keys expect.
 */
export function compareOrdered(a: Ordered, b: Ordered): number {
	if (a.order !== b.order) return a.order < b.order ? -1 : 1;
	if (a.id !== b.id) return a.id < b.id ? -1 : 1;
	return 0;
}

/** The index in `siblings` (sorted, without the item being placed) a placement means, or null. */
export function placementIndex(siblings: readonly Ordered[], placement: Placement): number | null {
	const ref = placement.before ?? placement.after;
	if (ref === undefined) return siblings.length;
	const index = siblings.findIndex((s) => s.id === ref);
	if (index < 0) return null;
	return placement.before !== undefined ? index : index + 1;
}

/** Keys for `count` items after the last of the sorted `siblings`; nothing there can tie. */
export function endKeys(siblings: readonly Ordered[], count = 1): string[] {
	return generateNKeysBetween(siblings.at(-1)?.order ?? null, null, count);
}

export interface Slot {
	key: string;
	/** Siblings that need a new key so the new item fits between them. */
	rekeyed: Ordered[];
}

/**
 * The key for an item inserted at `index` of the sorted `siblings`. When both neighbours carry the
 * same key (two clients inserted at one spot concurrently), no key fits between them, so the run
 * of that key is spread out again together with the new item.
 */
export function keyAt(siblings: readonly Ordered[], index: number): Slot {
	const lower = siblings[index - 1]?.order ?? null;
	const upper = siblings[index]?.order ?? null;
	if (lower === null || lower !== upper) return { key: generateKeyBetween(lower, upper), rekeyed: [] };
	let start = index - 1;
	while (start > 0 && siblings[start - 1]!.order === lower) start--;
	let end = index;
	while (end + 1 < siblings.length && siblings[end + 1]!.order === lower) end++;
	const run = siblings.slice(start, end + 1);
	const outside = [siblings[start - 1]?.order ?? null, siblings[end + 1]?.order ?? null] as const;
	const spread = generateNKeysBetween(...outside, run.length + 1);
	const at = index - start;
	return {
		key: spread[at]!,
		rekeyed: run.map((s, i) => ({ id: s.id, order: spread[i < at ? i : i + 1]! }))
	};
}
