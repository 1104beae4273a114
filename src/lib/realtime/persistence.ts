import type { DocRef } from './doc-ref.ts';

/**
 * Where a room stores its document: an append-only log of Yjs updates per document, compacted
 * from time to time. The room depends on this interface only; SQLite implements it in
 * src/lib/server/rooms/doc-store.ts (PostgreSQL could, for sharding).
 */
export interface DocPersistence {
	/** Every stored update of the document, oldest first; empty for a new document. */
	load(ref: DocRef): Promise<Uint8Array[]>;
	/** Appends updates in order, all or none. */
	append(ref: DocRef, updates: Uint8Array[]): Promise<void>;
	/** Replaces every stored update of the document with `state`, atomically. */
	compact(ref: DocRef, state: Uint8Array): Promise<void>;
}

/** Thrown by a persistence when the document's owner (the workshop) no longer exists. */
export class DocumentGoneError extends Error {
	override name = 'DocumentGoneError';
}

/** By name, not instanceof: the error may come from another copy of this module (SvelteKit's bundle). */
export function isDocumentGone(error: unknown): boolean {
	return error instanceof Error && error.name === 'DocumentGoneError';
}
