import * as Y from 'yjs';
import { docLabel, type DocRef } from './doc-ref.ts';
import { isDocumentGone, type DocPersistence } from './persistence.ts';

export interface UpdateLogOptions {
	/** Longest an update waits before it is written. */
	flushDelayMs: number;
	/** Stored rows after which the log is replaced by one snapshot of the live document. */
	compactAfterRows: number;
	/** The whole document as one update, for compaction. */
	snapshot(): Uint8Array;
	/** The document's owner is gone; its pending updates were discarded. */
	onGone(): void;
	log(line: string): void;
}

/** Updates merged into one stored row at most; keeps merging cheap however busy a batch is. */
const MERGE_CHUNK = 100;
const MAX_RETRY_MS = 5_000;

/**
 * The store step. Updates applied to a live document are written in batches: the first pending
 * update starts a timer of `flushDelayMs`, and everything pending then is appended as one write.
 * Writes are serialised per document. A failed write puts its updates back at the front and is
 * retried with backoff; nothing is dropped while the document stays in memory.
 */
export class UpdateLog {
	private pending: Uint8Array[] = [];
	private pendingSince = 0;
	private timer: ReturnType<typeof setTimeout> | null = null;
	private writing: Promise<boolean> | null = null;
	private failures = 0;

	constructor(
		private readonly ref: DocRef,
		private readonly persistence: DocPersistence,
		/** Rows already stored for the document when it was loaded. */
		private rows: number,
		private readonly options: UpdateLogOptions
	) {}

	/** Updates not yet stored. */
	get size(): number {
		return this.pending.length;
	}

	push(update: Uint8Array): void {
		if (this.pending.length === 0) this.pendingSince = performance.now();
		this.pending.push(update);
		this.schedule();
	}

	/**
	 * Writes everything pending now. Resolves true once it is stored, false if the write failed
	 * (the updates stay pending and a retry is scheduled).
	 */
	async flush(): Promise<boolean> {
		while (this.writing) await this.writing;
		this.cancelTimer();
		if (this.pending.length === 0) return true;
		this.writing = this.write();
		try {
			return await this.writing;
		} finally {
			this.writing = null;
			this.schedule();
		}
	}

	/** Forgets pending updates and timers: only for a document whose owner is gone. */
	discard(): void {
		this.cancelTimer();
		this.pending = [];
	}

	private schedule(): void {
		if (this.timer || this.writing || this.pending.length === 0) return;
		const delay = this.failures
			? Math.min(MAX_RETRY_MS, this.options.flushDelayMs * 2 ** this.failures)
			: Math.max(0, this.pendingSince + this.options.flushDelayMs - performance.now());
		this.timer = setTimeout(() => {
			this.timer = null;
			void this.flush();
		}, delay);
	}

	private cancelTimer(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
	}

	private async write(): Promise<boolean> {
		const batch = this.pending;
		this.pending = [];
		try {
			const rows: Uint8Array[] = [];
			for (let i = 0; i < batch.length; i += MERGE_CHUNK) {
				const chunk = batch.slice(i, i + MERGE_CHUNK);
				rows.push(chunk.length === 1 ? chunk[0]! : Y.mergeUpdates(chunk));
			}
			await this.persistence.append(this.ref, rows);
			this.rows += rows.length;
			this.failures = 0;
		} catch (error) {
			if (isDocumentGone(error)) {
				this.options.log(`realtime ${docLabel(this.ref)}: owner gone, ${batch.length} updates discarded`);
				this.discard();
				this.options.onGone();
				return true;
			}
			this.pending = batch.concat(this.pending);
			this.pendingSince = performance.now();
			this.failures += 1;
			this.options.log(
				`realtime ${docLabel(this.ref)}: storing ${batch.length} updates failed (attempt ${this.failures}), ` +
					`kept in memory and retried: ${error instanceof Error ? error.message : String(error)}`
			);
			return false;
		}
		if (this.rows > this.options.compactAfterRows) await this.compact();
		return true;
	}

	/**
	 * Replaces the stored log with one update of the live document. The live document holds
	 * everything ever stored (it was loaded from it), so nothing stored is lost; updates still
	 * pending are in the snapshot and are appended again later, which Yjs treats as a no-op.
	 */
	private async compact(): Promise<void> {
		try {
			await this.persistence.compact(this.ref, this.options.snapshot());
			this.rows = 1;
		} catch (error) {
			// The appended rows are stored; compaction is retried after the next write.
			this.options.log(
				`realtime ${docLabel(this.ref)}: compaction failed: ${error instanceof Error ? error.message : String(error)}`
			);
		}
	}
}
