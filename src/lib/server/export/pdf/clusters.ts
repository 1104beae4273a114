import type { ReportCard } from '../report.ts';
import type { PdfContext } from './context.ts';
import { ASCENDER } from './fonts.ts';
import { drawTable, type Cell, type Column } from './table.ts';
import { STYLES } from './theme.ts';

const CATEGORY_WIDTH = 130;
const CATEGORY_BASELINE_GAP = (STYLES.body.size - STYLES.small.size) * ASCENDER;
const CARD_LOOK = { header: false, padX: 3, padY: 3 };
/** Between one translation and the language label of the next, in the same cell. */
const TRANSLATION_GAP = 6;

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

/**
 * One row per card: its text, then its category. A translated card's text shares the row with
 * its translations, original and translations side by side, each under its language's name.
 */
function drawCards(context: PdfContext, cards: ReportCard[]): void {
	const { flow, labels } = context;
	if (cards.length === 0) {
		flow.text(labels.none, STYLES.body);
		return;
	}
	const textWidth = flow.width - CATEGORY_WIDTH;
	for (const card of cards) {
		if (card.translations.length === 0) {
			const columns: Column[] = [{ width: textWidth }, { width: CATEGORY_WIDTH }];
			// The gap puts the smaller category on the card text's first baseline.
			drawTable(flow, columns, [[[{ text: card.text, style: STYLES.body }], category(card, CATEGORY_BASELINE_GAP)]], CARD_LOOK);
		} else {
			const columns: Column[] = [{ width: textWidth / 2 }, { width: textWidth / 2 }, { width: CATEGORY_WIDTH }];
			// The category stands level with the language names, in the same small type.
			drawTable(flow, columns, [[original(context, card), translations(context, card), category(card, 0)]], CARD_LOOK);
		}
	}
}

function category(card: ReportCard, gap: number): Cell {
	return [{ text: card.category, style: STYLES.small, gap }];
}

function original({ labels, language }: PdfContext, card: ReportCard): Cell {
	return labelled(card.lang ? language(card.lang) : labels.original, card.text, 0);
}

function translations({ language }: PdfContext, card: ReportCard): Cell {
	return card.translations.flatMap((translation, i) => labelled(language(translation.lang), translation.text, i === 0 ? 0 : TRANSLATION_GAP));
}

function labelled(label: string, text: string, gap: number): Cell {
	return [
		{ text: label, style: STYLES.small, gap },
		{ text, style: STYLES.body, gap: 1 }
	];
}
