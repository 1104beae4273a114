import { averageLinkage } from './agglomerate.ts';
import { analyseAll, type Analysis } from './features.ts';
import { groupTitle } from './titles.ts';
import { centroid, pairwiseCosines, tfidfVectors, type SparseVector } from './vectors.ts';

export interface SuggestionCard {
	id: string;
	text: string;
	category: string;
}

export interface ExistingCluster {
	id: string;
	title: string;
	cardTexts: readonly string[];
}

export interface Suggestion {
	title: string;
	cardIds: string[];
	/** 0…1: how alike the cards are (new group) or how well they fit the cluster (targetClusterId). */
	score: number;
	/** Set when the cards belong to a cluster that already exists on the wall. */
	targetClusterId?: string;
}

export interface SuggestOptions {
	existingClusters?: readonly ExistingCluster[];
}

/**
 * Cosine above which groups merge. On the cards of tests/helpers/workshop-cards.ts the groups stay
 * the same from 0.16 to 0.25; 0.2 sits in the middle of that plateau.
 */
export const SIMILARITY_THRESHOLD = 0.2;
/** Bounds time (O(n²)) and memory (n² numbers) whatever a client sends; a wall holds a few hundred. */
export const MAX_CARDS = 2000;

/**
 * Suggests groups for unsorted cards from their texts and categories, or an existing cluster
 * they belong to. Pure and deterministic: the result depends on the set of cards, not on their
 * order. Cards whose text holds nothing to compare (only stop words, emoji) are never suggested.
 */
export function suggestClusters(cards: readonly SuggestionCard[], options: SuggestOptions = {}): Suggestion[] {
	const unsorted = uniqueById(cards).slice(0, MAX_CARDS);
	const clusters = options.existingClusters ?? [];
	const clusterTexts = clusters.map((cluster) => [cluster.title, ...cluster.cardTexts]);
	const analyses = analyseAll([
		...unsorted,
		...clusterTexts.flat().map((text) => ({ text }))
	]);
	const { vectors, keys } = tfidfVectors(analyses.map((analysis) => analysis.features));

	const items: Item[] = [];
	unsorted.forEach((card, i) => {
		if (analyses[i]!.hasText) items.push({ card, vector: vectors[i]!, analysis: analyses[i]!, size: 1 });
	});
	let offset = unsorted.length;
	clusters.forEach((cluster, c) => {
		const count = clusterTexts[c]!.length;
		const own = vectors.slice(offset, offset + count).filter((_, k) => analyses[offset + k]!.hasText);
		offset += count;
		if (own.length > 0) items.push({ cluster, vector: centroid(own), size: own.length });
	});

	const similarity = similarityMatrix(items);
	const groups = averageLinkage(similarity.slice(), items.map((item) => item.size), SIMILARITY_THRESHOLD);
	const inputOrder = new Map(cards.map((card, i) => [card.id, i]));
	const byInputOrder = (a: string, b: string) => inputOrder.get(a)! - inputOrder.get(b)!;
	return groups
		.flatMap((group) => toSuggestion(group, items, similarity, keys))
		.map((suggestion) => ({ ...suggestion, cardIds: suggestion.cardIds.sort(byInputOrder) }))
		.sort(
			(a, b) =>
				b.score - a.score || a.title.localeCompare(b.title, 'de') || byInputOrder(a.cardIds[0]!, b.cardIds[0]!)
		);
}

/** A card to place, or an existing cluster represented by the centroid of its title and cards. */
type Item =
	| { card: SuggestionCard; analysis: Analysis; vector: SparseVector; size: 1; cluster?: never }
	| { cluster: ExistingCluster; vector: SparseVector; size: number; card?: never; analysis?: never };

function toSuggestion(
	group: number[],
	items: readonly Item[],
	similarity: Float64Array,
	keys: readonly string[]
): Suggestion[] {
	const n = items.length;
	const cards = group.filter((i) => items[i]!.card);
	const cardIds = cards.map((i) => items[i]!.card!.id);
	const clusterIndex = group.find((i) => items[i]!.cluster);
	if (clusterIndex !== undefined) {
		if (cards.length === 0) return [];
		const target = items[clusterIndex]!.cluster!;
		const fit = mean(cards.map((i) => similarity[i * n + clusterIndex]!));
		return [{ title: target.title, cardIds, score: round(fit), targetClusterId: target.id }];
	}
	if (cards.length < 2) return [];
	const cohesion = mean(cards.flatMap((i, k) => cards.slice(k + 1).map((j) => similarity[i * n + j]!)));
	const title = groupTitle(
		cards.map((i) => items[i]!.vector),
		cards.map((i) => items[i]!.analysis!),
		keys
	);
	return [{ title, cardIds, score: round(cohesion) }];
}

/** Cosines between items; two existing clusters may never merge, so their pair is forbidden. */
function similarityMatrix(items: readonly Item[]): Float64Array {
	const n = items.length;
	const matrix = pairwiseCosines(items.map((item) => item.vector));
	const clusters = items.flatMap((item, i) => (item.cluster ? [i] : []));
	for (const i of clusters) for (const j of clusters) if (i !== j) matrix[i * n + j] = -Infinity;
	return matrix;
}

/** Sorted by id so that the clustering, whose ties go to the lower index, ignores input order. */
function uniqueById(cards: readonly SuggestionCard[]): SuggestionCard[] {
	const seen = new Set<string>();
	return [...cards]
		.sort((a, b) => compare(a.id, b.id))
		.filter((card) => !seen.has(card.id) && seen.add(card.id));
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function mean(values: number[]): number {
	return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function round(value: number): number {
	return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}
