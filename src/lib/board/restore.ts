import * as Y from 'yjs';
import { rootMap, type RootName } from './schema.ts';

/**
 * What a restore brings back: the wall. Maßnahmen stay as they are, since the plan goes on after
 * the workshop and an old wall must not undo what the Kerngruppe has written since.
 */
const WALL: readonly RootName[] = ['cards', 'clusters'];

export interface RestoreSummary {
	/** Cards and Themen that got back a value they had then (moved back, renamed back, undeleted). */
	changed: number;
	/** Cards and Themen made since, now in the Papierkorb. */
	removed: number;
}

type Primitive = string | number | boolean | null;

const isPrimitive = (value: unknown): value is Primitive =>
	value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** An entry's plain fields; any other value (a client may write anything) is not carried over. */
function fieldsOf(entry: Y.Map<unknown>): Map<string, Primitive> {
	const fields = new Map<string, Primitive>();
	for (const [key, value] of entry) if (isPrimitive(value)) fields.set(key, value);
	return fields;
}

/**
 * Sets the wall of `doc` back to what it was in `snapshot`, as forward edits in one transaction:
 * every card and Thema of the snapshot gets its values of then back (a deleted card returns, a
 * moved one moves back, a renamed Thema gets its old title, a merge is undone), and those made
 * since are soft-deleted, so they wait in the Papierkorb. Nothing leaves the document's history,
 * and edits made meanwhile by others merge like any other.
 */
export function restoreWall(doc: Y.Doc, snapshot: Y.Doc, now: number): RestoreSummary {
	const summary: RestoreSummary = { changed: 0, removed: 0 };
	doc.transact(() => {
		for (const name of WALL) {
			const then = rootMap(snapshot, name);
			const live = rootMap(doc, name);
			for (const [id, value] of then) {
				if (!(value instanceof Y.Map)) continue;
				const fields = fieldsOf(value);
				const current = live.get(id);
				if (!(current instanceof Y.Map)) {
					live.set(id, new Y.Map<unknown>([...fields]));
					summary.changed += 1;
					continue;
				}
				let changed = false;
				for (const [key, old] of fields) {
					if (current.get(key) === old) continue;
					current.set(key, old);
					changed = true;
				}
				// Fields written since (such as the mark a merge leaves) go, so readers see it as it was.
				for (const key of [...current.keys()]) {
					if (fields.has(key)) continue;
					current.delete(key);
					changed = true;
				}
				if (changed) summary.changed += 1;
			}
			for (const [id, value] of live) {
				if (then.has(id) || !(value instanceof Y.Map)) continue;
				const deletedAt = value.get('deletedAt');
				if (typeof deletedAt === 'number' && Number.isFinite(deletedAt)) continue;
				value.set('deletedAt', now);
				summary.removed += 1;
			}
		}
	});
	return summary;
}
