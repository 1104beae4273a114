/** Where a draft survives a reload: the tab's sessionStorage in the browser, nothing in tests. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The card someone is writing, kept apart from the form that shows it. The form comes and goes
 * with the phase, the lock and silent Sammeln; what was typed stays, and a reload of the tab
 * keeps it too. Only the tab keeps it (sessionStorage): a shared PC does not hand it on.
 */
export class CardDraft {
	#text = $state('');
	#category = $state('');

	constructor(
		private readonly storage: DraftStorage | null = null,
		private readonly key = ''
	) {
		const stored = this.#read();
		this.#text = stored.text;
		this.#category = stored.category;
	}

	get text(): string {
		return this.#text;
	}

	set text(value: string) {
		this.#text = value;
		this.#write();
	}

	get category(): string {
		return this.#category;
	}

	set category(value: string) {
		this.#category = value;
		this.#write();
	}

	/** Something is typed that has not been pinned. */
	get pending(): boolean {
		return this.#text.trim().length > 0;
	}

	/** Pinned or discarded: the text goes, the category stays for the next card. */
	clear(): void {
		this.text = '';
	}

	#read(): { text: string; category: string } {
		try {
			const value: unknown = JSON.parse(this.storage?.getItem(this.key) ?? 'null');
			if (typeof value === 'object' && value !== null) {
				const { text, category } = value as Record<string, unknown>;
				return { text: typeof text === 'string' ? text : '', category: typeof category === 'string' ? category : '' };
			}
		} catch {
			// A value this code did not write: start empty.
		}
		return { text: '', category: '' };
	}

	#write(): void {
		try {
			if (this.#text) this.storage?.setItem(this.key, JSON.stringify({ text: this.#text, category: this.#category }));
			else this.storage?.removeItem(this.key);
		} catch {
			// Storage full or switched off: the draft still lives as long as the page.
		}
	}
}
