import type { TargetKind } from '$lib/board/vote-targets';
import { m } from '$lib/paraglide/messages.js';

/** A target as the results show it: a cluster by its title, a card marked as a card. */
export function targetLabel(target: { kind: TargetKind; title: string }): string {
	const title = target.title.trim() || '…';
	return target.kind === 'card' ? `${m.results_card()}: ${title}` : title;
}

export function votesLabel(count: number): string {
	return count === 1 ? m.results_votes_one() : m.results_votes({ count });
}
