/**
 * Ranks by votes, best first. Equal votes share a rank and the next rank skips (1, 1, 3), so a
 * tie reads as a tie; tied items keep the order they were given in (the board's order).
 */
export function rankByVotes<T extends { votes: number }>(items: readonly T[]): (T & { rank: number })[] {
	const sorted = [...items].sort((a, b) => b.votes - a.votes);
	const ranked: (T & { rank: number })[] = [];
	sorted.forEach((item, i) => {
		const previous = ranked[i - 1];
		ranked.push({ ...item, rank: previous && previous.votes === item.votes ? previous.rank : i + 1 });
	});
	return ranked;
}

/** Whether another item shares this item's rank. */
export function isTied(ranked: readonly { rank: number }[], index: number): boolean {
	const rank = ranked[index]?.rank;
	return ranked.some((other, i) => i !== index && other.rank === rank);
}
