import * as Y from 'yjs';

/**
 * Builds a document from its plain JSON (what `documentJson` wrote). In the roots named in
 * `entryRoots` each value is an entry of its own (a Y.Map: cards, clusters, actions), so that
 * later edits merge field by field; everywhere else values are stored as they are.
 */
export function documentFromJson(json: Record<string, unknown>, entryRoots: ReadonlySet<string>): Y.Doc {
	const doc = new Y.Doc();
	doc.transact(() => {
		for (const [name, content] of Object.entries(json)) {
			if (!content || typeof content !== 'object' || Array.isArray(content)) continue;
			const root = doc.getMap<unknown>(name);
			for (const [key, value] of Object.entries(content)) {
				const isEntry = entryRoots.has(name) && value !== null && typeof value === 'object' && !Array.isArray(value);
				root.set(key, isEntry ? new Y.Map<unknown>(Object.entries(value)) : value);
			}
		}
	});
	return doc;
}

export const BOARD_ENTRY_ROOTS: ReadonlySet<string> = new Set(['cards', 'clusters', 'actions']);
