/**
 * Suggestions the facilitator dismissed, remembered for the browser session: the same set of
 * cards is not suggested again, while a set that changed (a new card joined) is a new suggestion.
 */
export class DismissedSuggestions {
	/** `workshopId` is read at each call: the component's prop may change. */
	constructor(private readonly workshopId: () => string) {}

	has(cardIds: readonly string[]): boolean {
		return this.#read().includes(keyOf(cardIds));
	}

	add(cardIds: readonly string[]): void {
		const keys = new Set(this.#read()).add(keyOf(cardIds));
		try {
			sessionStorage.setItem(this.#storageKey(), JSON.stringify([...keys]));
		} catch {
			// Storage full or blocked: the suggestion is gone from the list until the next load.
		}
	}

	#storageKey(): string {
		return `pinnwand:${this.workshopId()}:dismissed-suggestions`;
	}

	#read(): string[] {
		try {
			const value: unknown = JSON.parse(sessionStorage.getItem(this.#storageKey()) ?? '[]');
			return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
		} catch {
			return [];
		}
	}
}

const keyOf = (cardIds: readonly string[]) => [...cardIds].sort().join(' ');
