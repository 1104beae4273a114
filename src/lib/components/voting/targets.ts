import type { TargetKind } from '$lib/board/vote-targets';

/** One thing a participant can give Punkte to, as the voting view shows it. */
export interface VoteTargetItem {
	id: string;
	kind: TargetKind;
	title: string;
	/** Texts of a Thema's cards, for a look inside (none for a card target: its title is its text). */
	cards: string[];
}
