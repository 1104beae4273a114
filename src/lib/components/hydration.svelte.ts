import { onMount } from 'svelte';

/**
 * Whether the calling component runs in the browser yet. A form handled in script is rendered by
 * the server too; submitted before the script has loaded (a phone on the hall's Wi-Fi), the
 * browser would reload the page and what was typed would be gone. Its submit button waits for
 * this instead; the typed text itself survives hydration.
 */
export function hydration(): { readonly done: boolean } {
	const state = $state({ done: false });
	onMount(() => {
		state.done = true;
	});
	return state;
}
