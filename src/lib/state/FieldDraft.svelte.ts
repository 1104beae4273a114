import type { BoardErrorCode, BoardResult } from '$lib/board/result';

/** How long typing may pause before what is typed is written to the shared document. */
export const DRAFT_DELAY_MS = 500;

/**
 * One text field of a shared item that several people edit at once. While the field has focus it
 * shows the person's own draft, so a remote change to the same field never overwrites what is
 * being typed; without focus it shows the document's value, so remote changes appear at once.
 * The draft is written after a pause in typing and on change or blur, and only when the person
 * typed something: focusing and leaving a field never writes back a value someone else has
 * changed meanwhile. A draft the domain refuses stays on screen with its error until it is fixed
 * or dropped (`reset`), instead of silently turning back into the stored value.
 */
export class FieldDraft {
	readonly #remote: () => string;
	readonly #save: (value: string) => BoardResult;
	readonly #delayMs: number;
	#focused = $state(false);
	#draft = $state('');
	#error = $state<BoardErrorCode>();
	#dirty = false;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(remote: () => string, save: (value: string) => BoardResult, delayMs = DRAFT_DELAY_MS) {
		this.#remote = remote;
		this.#save = save;
		this.#delayMs = delayMs;
	}

	/** What the field shows. */
	get value(): string {
		return this.#focused || this.#error ? this.#draft : this.#remote();
	}

	/** Why the domain refused the last write, if it did. */
	get error(): BoardErrorCode | undefined {
		return this.#error;
	}

	focus(): void {
		if (!this.#focused && !this.#error) this.#draft = this.#remote();
		this.#focused = true;
	}

	input(value: string): void {
		this.#draft = value;
		this.#dirty = true;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.commit(), this.#delayMs);
	}

	/** Writes what was typed since the last write, if anything. */
	commit(): void {
		clearTimeout(this.#timer);
		if (!this.#dirty) return;
		this.#dirty = false;
		const result = this.#save(this.#draft);
		this.#error = result.ok ? undefined : result.code;
	}

	blur(): void {
		this.commit();
		this.#focused = false;
	}

	/** Drops the draft and its error: the field shows the document's value again. */
	reset(): void {
		clearTimeout(this.#timer);
		this.#dirty = false;
		this.#error = undefined;
		this.#draft = this.#remote();
	}
}
