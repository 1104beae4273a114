import * as Y from 'yjs';
import type { BoardErrorCode, BoardResult } from '../../src/lib/board/result.ts';

/** The value of a result the test expects to succeed; a failure names its field and code. */
export function value<T>(result: BoardResult<T>): T {
	if (!result.ok) throw new Error(`expected success, got ${result.field}:${result.code}`);
	return result.value;
}

export const failure = (field: string, code: BoardErrorCode) => ({ ok: false, field, code });

export const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

/** Replicas with fixed client ids, so conflict resolution is the same on every run. */
export function replicas(count: number): Y.Doc[] {
	return Array.from({ length: count }, (_, i) => {
		const doc = new Y.Doc();
		doc.clientID = i + 1;
		return doc;
	});
}

/** Brings every replica up to date with every other one. */
export function syncAll(docs: readonly Y.Doc[]): void {
	for (const from of docs) {
		for (const to of docs) {
			if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
		}
	}
}

/** Counts the updates a document emits while `run` runs. */
export function updatesDuring(doc: Y.Doc, run: () => void): number {
	let count = 0;
	const onUpdate = () => count++;
	doc.on('update', onUpdate);
	run();
	doc.off('update', onUpdate);
	return count;
}
