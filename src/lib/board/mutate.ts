import * as Y from 'yjs';
import { keyAt, placementIndex, type Ordered, type Placement } from './ordering.ts';
import { fail, ok, type BoardResult } from './result.ts';
import { entryOf, liveEntry, rootMap, type RootName } from './schema.ts';

/** Writes shared by the card, cluster and action operations; callers run them inside one transaction. */

export function createEntry(doc: Y.Doc, name: RootName, id: string, fields: object): void {
	const root = rootMap(doc, name);
	// A second map under the same key would silently replace the first on every replica.
	if (root.has(id)) throw new Error(`${name}: id ${id} is taken`);
	root.set(id, new Y.Map<unknown>(Object.entries(fields)));
}

/**
 * Sets the fields of `patch` that differ from what is stored. Unchanged fields are not written, so
 * saving a whole form never overrides a field someone else changed at the same time.
 */
export function assign(entry: Y.Map<unknown>, patch: object): void {
	for (const [key, value] of Object.entries(patch)) {
		if (value !== undefined && entry.get(key) !== value) entry.set(key, value);
	}
}

/** The order key for an item placed among `siblings` (sorted, without the item itself). */
export function place(
	doc: Y.Doc,
	name: RootName,
	siblings: readonly Ordered[],
	placement: Placement
): BoardResult<string> {
	const index = placementIndex(siblings, placement);
	if (index === null) return fail(placement.before !== undefined ? 'before' : 'after', 'not_found');
	const { key, rekeyed } = keyAt(siblings, index);
	for (const { id, order } of rekeyed) entryOf(doc, name, id)?.set('order', order);
	return ok(key);
}

/**
 * Soft delete (`at` a time) or restore (`at` null). Deleting twice keeps the first time, so the
 * Papierkorb shows when something was really thrown away.
 */
export function setDeleted(
	doc: Y.Doc,
	name: RootName,
	field: string,
	id: string,
	at: number | null
): BoardResult {
	return doc.transact(() => {
		const entry = entryOf(doc, name, id);
		if (!entry) return fail(field, 'not_found');
		const live = liveEntry(doc, name, id) !== undefined;
		if (at === null ? entry.get('deletedAt') !== null : live) entry.set('deletedAt', at);
		return ok();
	});
}
