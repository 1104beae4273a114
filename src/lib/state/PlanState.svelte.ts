import type * as Y from 'yjs';
import { readAction, rootMap } from '$lib/board/schema';
import { listActions } from '$lib/board/selectors';
import { allIds, changedIds, deletedFirst, refresh, type DeepEvents } from './live-entries';
import { LiveItem, sameItems, type LiveAction } from './LiveItem.svelte';

/**
 * The Maßnahmenplan as reactive state, mirrored from the board document's `actions` like the wall
 * mirrors cards: a remote edit of one field replaces that Maßnahme's value and nothing else; the
 * lists change only when a Maßnahme comes, goes, moves to another Thema or is deleted.
 */
export class PlanState {
	readonly #doc: Y.Doc;
	readonly #actions = new Map<string, LiveAction>();
	#list = $state.raw<LiveAction[]>([]);
	#trash = $state.raw<LiveAction[]>([]);

	constructor(doc: Y.Doc) {
		this.#doc = doc;
		rootMap(doc, 'actions').observeDeep(this.#onActions);
		refresh(doc, 'actions', this.#actions, allIds(doc, 'actions'), readAction, (a) => new LiveItem(a));
		this.#layOut();
	}

	/** Live Maßnahmen in plan order. */
	get actions(): LiveAction[] {
		return this.#list;
	}

	/** Deleted Maßnahmen, most recently deleted first. */
	get trash(): LiveAction[] {
		return this.#trash;
	}

	action(id: string): LiveAction | undefined {
		return this.#actions.get(id);
	}

	destroy(): void {
		rootMap(this.#doc, 'actions').unobserveDeep(this.#onActions);
	}

	#onActions = (events: DeepEvents) => {
		const changes = changedIds(events);
		if (refresh(this.#doc, 'actions', this.#actions, changes, readAction, (a) => new LiveItem(a))) this.#layOut();
	};

	#layOut(): void {
		const list = listActions(this.#doc).map((action) => this.#actions.get(action.id)!);
		if (!sameItems(this.#list, list)) this.#list = list;
		const trash = deletedFirst(this.#actions.values());
		if (!sameItems(this.#trash, trash)) this.#trash = trash;
	}
}
