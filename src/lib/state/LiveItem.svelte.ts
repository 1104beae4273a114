import type { Action, Card, Cluster } from '$lib/board/schema';

/**
 * One card, cluster or Maßnahme as the UI sees it. The value is replaced as a whole, and only when the
 * document changed it, so a remote edit updates the components showing this item and nothing else.
 */
export class LiveItem<T extends { readonly id: string }> {
	readonly id: string;
	#current = $state.raw<T>() as T;

	constructor(value: T) {
		this.id = value.id;
		this.#current = value;
	}

	get current(): T {
		return this.#current;
	}

	/** Takes the new value if any field differs; returns whether it did. */
	set(value: T): boolean {
		const old = this.#current as Record<string, unknown>;
		const changed = Object.entries(value).some(([key, field]) => !sameField(old[key], field));
		if (changed) this.#current = value;
		return changed;
	}
}

/** Fields are values, or lists of flat records (a card's translations) read afresh each time. */
function sameField(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
	return a.every((item, i) => {
		const other = b[i] as Record<string, unknown>;
		const entries = Object.entries(item as Record<string, unknown>);
		return entries.length === Object.keys(other).length && entries.every(([key, field]) => other[key] === field);
	});
}

export type LiveCard = LiveItem<Card>;

/** A Maßnahme (PlanState). */
export type LiveAction = LiveItem<Action>;

/** A cluster with the cards shown in it, in order; the list is replaced only when it changes. */
export class LiveCluster extends LiveItem<Cluster> {
	#cards = $state.raw<LiveCard[]>([]);

	get cards(): LiveCard[] {
		return this.#cards;
	}

	setCards(cards: LiveCard[]): void {
		if (!sameItems(this.#cards, cards)) this.#cards = cards;
	}
}

export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
	return a.length === b.length && a.every((item, i) => item === b[i]);
}
