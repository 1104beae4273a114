import { analyseAll, type Analysis } from './features.ts';
import { featureLabel } from './titles.ts';
import { centroid, sharedFeatures, tfidfVectors } from './vectors.ts';

/** A text to place, such as an Angebot. */
export interface MatchItem {
	id: string;
	text: string;
}

/** What an item may fit, such as a Thema: its title and the texts gathered under it. */
export interface MatchGroup {
	id: string;
	title: string;
	texts: readonly string[];
}

export interface Match {
	itemId: string;
	groupId: string;
	/** 0…1: the cosine of the item and the centroid of the group's title and texts. */
	score: number;
	/** The shared words and concepts that carry the score, strongest first, in people's words. */
	reasons: string[];
}

/**
 * Cosine from which an item is proposed for a group. On the Themen and Angebote of
 * tests/unit/angebote-matching.test.ts every pair a facilitator would link scores 0.32 or more
 * and every other pair 0.18 or less (an Ausbildung programme against Sprachkurse whose cards
 * speak of Ausbildung); 0.25 sits in the middle of that gap.
 */
export const MATCH_THRESHOLD = 0.25;
const MAX_REASONS = 3;

/**
 * Scores every item against every group with the suggestions' text analysis (stems, compound
 * parts, the domain lexicon, TF-IDF over all the texts given) and returns the pairs from the
 * threshold on (tests ask for lower ones), best first. Pure and deterministic; ties keep the
 * order of items, then of groups.
 */
export function suggestMatches(items: readonly MatchItem[], groups: readonly MatchGroup[], threshold = MATCH_THRESHOLD): Match[] {
	const groupTexts = groups.map((group) => [group.title, ...group.texts]);
	const analyses = analyseAll([...items, ...groupTexts.flat().map((text) => ({ text }))]);
	const { vectors, keys } = tfidfVectors(analyses.map((analysis) => analysis.features));

	let offset = items.length;
	const groupParts = groupTexts.map((texts) => {
		const range = Array.from({ length: texts.length }, (_, k) => offset + k).filter((i) => analyses[i]!.hasText);
		offset += texts.length;
		return { vector: centroid(range.map((i) => vectors[i]!)), analyses: range.map((i) => analyses[i]!) };
	});

	const matches: Match[] = [];
	items.forEach((item, i) => {
		if (!analyses[i]!.hasText) return;
		groups.forEach((group, g) => {
			const shared = sharedFeatures(vectors[i]!, groupParts[g]!.vector);
			const score = shared.reduce((sum, feature) => sum + feature.weight, 0);
			if (score < threshold) return;
			const labelled = [analyses[i]!, ...groupParts[g]!.analyses];
			matches.push({ itemId: item.id, groupId: group.id, score: Math.round(Math.min(1, score) * 100) / 100, reasons: reasonsOf(shared, keys, labelled) });
		});
	});
	// A stable sort: equal scores stay in the order of items, then groups.
	return matches.sort((a, b) => b.score - a.score);
}

function reasonsOf(shared: { id: number; weight: number }[], keys: readonly string[], analyses: readonly Analysis[]): string[] {
	const reasons: string[] = [];
	const seen = new Set<string>();
	for (const { id } of [...shared].sort((a, b) => b.weight - a.weight || a.id - b.id)) {
		// A category hint is no reason a person can read, and a compound part has no words of its own.
		const label = keys[id]!.startsWith('k:') ? undefined : featureLabel(keys[id]!, analyses);
		if (!label || seen.has(label.toLocaleLowerCase('de'))) continue;
		seen.add(label.toLocaleLowerCase('de'));
		reasons.push(label);
		if (reasons.length === MAX_REASONS) break;
	}
	return reasons;
}
