import { createContext } from 'svelte';
import type { Announcer } from '$lib/state/Announcer.svelte';
import type { BoardStore } from '$lib/state/BoardStore.svelte';

/** What every board component reads: the store, the page's live region, the workshop's categories. */
export interface BoardContext {
	store: BoardStore;
	announcer: Announcer;
	categories: readonly string[];
	/** Whether the server can suggest translations (TRANSLATE_URL is set). */
	translate: boolean;
	/** Page-wide UI state: the cluster whose title is being edited (a new one starts that way). */
	ui: { renaming: string | null };
}

export const [boardContext, setBoardContext] = createContext<BoardContext>();
