import type { ReportCard } from '../report.ts';
import type { PdfContext } from './context.ts';
import { ASCENDER } from './fonts.ts';
import { drawTable } from './table.ts';
import { STYLES } from './theme.ts';

const CATEGORY_WIDTH = 130;
const CATEGORY_BASELINE_GAP = (STYLES.body.size - STYLES.small.size) * ASCENDER;

/** Every cluster with its cards verbatim, then the cards that found no cluster. */
export function drawClusters(context: PdfContext): void {
	const { report, flow, labels } = context;
	flow.heading(labels.clusters);
	const lastRound = report.votingRounds.at(-1);
	const ranked = new Map(lastRound?.results.map((target) => [target.targetId, target]));
	for (const cluster of report.clusters) {
		flow.heading(cluster.title, STYLES.h2);
		const facts = [labels.cardCount(cluster.cards.length)];
		const target = ranked.get(cluster.id);
		if (target) facts.push(`${labels.rank} ${target.rank}`, `${target.votes} ${labels.votes}`);
		flow.text(facts.join(' · '), STYLES.small, { spaceAfter: 4 });
		drawCards(context, cluster.cards);
		flow.space(12);
	}
	flow.space(6);
	flow.heading(labels.unsorted);
	drawCards(context, report.unsortedCards);
}

function drawCards({ flow, labels }: PdfContext, cards: ReportCard[]): void {
	if (cards.length === 0) {
		flow.text(labels.none, STYLES.body);
		return;
	}
	drawTable(
		flow,
		[{ width: flow.width - CATEGORY_WIDTH }, { width: CATEGORY_WIDTH }],
		cards.map((card) => [
			[{ text: card.text, style: STYLES.body }],
			// The gap puts the smaller category on the card text's first baseline.
			[{ text: card.category, style: STYLES.small, gap: CATEGORY_BASELINE_GAP }]
		]),
		{ header: false, padX: 3, padY: 3 }
	);
}
