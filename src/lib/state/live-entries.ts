import type * as Y from 'yjs';
import { entryOf, type Entry, type RootName } from '$lib/board/schema';
import type { LiveItem } from './LiveItem.svelte';

/**
 * How the reactive mirrors (WallState, PlanState) follow one root map of the board document: an
 * observeDeep batch names the ids it touched, and only those entries are read again.
 */

export type DeepEvents = Y.YEvent<Y.AbstractType<unknown>>[];

/** Fields whose change can move a card, cluster or Maßnahme; other edits leave the lists alone. */
const LAYOUT_FIELDS: ReadonlySet<string> = new Set(['clusterId', 'order', 'deletedAt']);

/** Every id of a root, as if each had changed in a way that moves it: the first read. */
export function allIds(doc: Y.Doc, root: RootName): Map<string, boolean> {
	return new Map([...doc.getMap(root).keys()].map((id) => [id, true]));
}

/**
 * Re-reads the changed entries of one root into `items`; returns whether the layout may have
 * changed (an item came, went, or changed a layout field).
 */
export function refresh<T extends { readonly id: string }, L extends LiveItem<T>>(
	doc: Y.Doc,
	root: RootName,
	items: Map<string, L>,
	changes: ReadonlyMap<string, boolean>,
	read: (id: string, entry: Entry) => T,
	make: (value: T) => L
): boolean {
	let layout = false;
	for (const [id, moves] of changes) {
		const entry = entryOf(doc, root, id);
		const item = items.get(id);
		if (!entry) {
			layout = items.delete(id) || layout;
		} else if (item) {
			item.set(read(id, entry));
			layout ||= moves;
		} else {
			items.set(id, make(read(id, entry)));
			layout = true;
		}
	}
	return layout;
}

/**
 * The ids an observeDeep batch touched, and whether the change could move them: an entry added or
 * removed at the root, or a layout field changed inside one.
 */
export function changedIds(events: DeepEvents): Map<string, boolean> {
	const changes = new Map<string, boolean>();
	for (const event of events) {
		if (event.path.length === 0) {
			for (const id of event.keys.keys()) changes.set(id, true);
			continue;
		}
		const id = String(event.path[0]);
		const keys = event.path.length === 1 ? [...event.keys.keys()] : [];
		const moves = keys.some((key) => LAYOUT_FIELDS.has(key));
		changes.set(id, (changes.get(id) ?? false) || moves);
	}
	return changes;
}

/** Deleted items, most recently deleted first: what a Papierkorb shows. */
export function deletedFirst<L extends LiveItem<{ id: string; deletedAt: number | null }>>(items: Iterable<L>): L[] {
	return [...items]
		.filter((item) => item.current.deletedAt !== null)
		.sort((a, b) => b.current.deletedAt! - a.current.deletedAt!);
}
