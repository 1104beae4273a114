import { tick } from 'svelte';
import type { CardMove } from '$lib/board/cards';
import { m } from '$lib/paraglide/messages.js';
import type { BoardContext } from './board-context';

/** The title a cluster shows: its own, or a placeholder until someone names it. */
export const clusterLabel = (title: string) => title || m.cluster_untitled();

export const cardCount = (count: number) => (count === 1 ? m.board_card_count_one() : m.board_card_count({ count }));

/**
 * Moves a card and says where it went; the card is drawn anew in its new place, so focus follows
 * it there when `refocus` names the control to land on.
 */
export async function moveAndAnnounce(
	{ store, announcer }: BoardContext,
	cardId: string,
	move: CardMove,
	refocus?: string
): Promise<boolean> {
	if (!store.moveCard(cardId, move).ok) return false;
	const cluster = move.clusterId === null ? undefined : store.wall.cluster(move.clusterId);
	announcer.say(cluster ? m.card_moved({ title: clusterLabel(cluster.current.title) }) : m.card_moved_unsorted());
	if (refocus) {
		await tick();
		document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(cardId)}"] ${refocus}`)?.focus();
	}
	return true;
}
