import type { RoundSummary } from '../../board/vote-results.ts';
import type { RoundRow } from './rounds.ts';

/** A round as the API shows it: its rules and times, without ids. */
export function roundView(round: RoundRow): RoundSummary {
	return {
		number: round.number,
		status: round.status,
		budget: round.budget,
		maxPerTarget: round.maxPerTarget,
		targets: round.targets,
		openedAt: round.openedAt.toISOString(),
		closedAt: round.closedAt?.toISOString() ?? null,
		revealedAt: round.revealedAt?.toISOString() ?? null
	};
}
