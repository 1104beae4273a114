import type { RoundResults } from '$lib/board/vote-results';
import { m } from '$lib/paraglide/messages.js';

/**
 * What dissolving or deleting a Thema does to its Punkte, in words for the confirmation; null when
 * no round gave it any. Facilitator only: the count comes from the results with `peek`, so the
 * latest round counts even before its reveal, and it shows only on this screen.
 */
export async function votesAtStake(workshopId: string, clusterId: string): Promise<string | null> {
	const response = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/results?peek=1`).catch(() => null);
	if (!response?.ok) return m.cluster_votes_may_lapse();
	const { rounds } = (await response.json()) as { rounds: RoundResults[] };
	const votesIn = (round: RoundResults | undefined) =>
		round?.results.find((target) => target.targetId === clusterId)?.votes ?? 0;
	const latest = votesIn(rounds.at(-1));
	if (latest > 0) return m.cluster_votes_lapse({ count: latest });
	return rounds.some((round) => votesIn(round) > 0) ? m.cluster_votes_may_lapse() : null;
}
