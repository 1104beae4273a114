import type { Analysis } from './features.ts';
import { CONCEPTS } from './domain-lexicon.ts';
import type { SparseVector } from './vectors.ts';

const CONCEPT_TITLES = new Map(CONCEPTS.map((concept) => [`c:${concept.id}`, concept.title]));

/**
 * Names a group by the feature that carries most of its members' weight: a shared and
 * distinctive feature scores high. Concepts have a title of their own; a word is shown as the
 * group's members wrote it most often. Categories never name a group: that is the text's job.
 */
export function groupTitle(
	vectors: readonly SparseVector[],
	analyses: readonly Analysis[],
	keys: readonly string[]
): string {
	const weights = new Map<number, number>();
	for (const vector of vectors) {
		vector.ids.forEach((id, k) => weights.set(id, (weights.get(id) ?? 0) + vector.values[k]!));
	}
	const ranked = [...weights]
		.filter(([id]) => !keys[id]!.startsWith('k:'))
		.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
	for (const [id] of ranked) {
		const title = featureLabel(keys[id]!, analyses);
		if (title) return title;
	}
	return '';
}

/** A feature in people's words: a concept's title, or a word as the texts wrote it most often. */
export function featureLabel(key: string, analyses: readonly Analysis[]): string | undefined {
	const label = CONCEPT_TITLES.get(key) ?? mostFrequent(analyses.flatMap((a) => a.labels.get(key) ?? []));
	return label && capitalise(label);
}

function mostFrequent(words: string[]): string | undefined {
	const counts = new Map<string, number>();
	for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'de'))[0]?.[0];
}

function capitalise(word: string): string {
	return word.charAt(0).toLocaleUpperCase('de') + word.slice(1);
}
