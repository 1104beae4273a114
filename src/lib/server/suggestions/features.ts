import { stemmer } from '@orama/stemmers/german';
import { compoundSplitter, type CompoundSplitter } from './compounds.ts';
import { COMPOUND_PARTS, CONCEPTS } from './domain-lexicon.ts';
import { isStopWord } from './stop-words.ts';
import { foldGerman, tokenize, type Token } from './tokenize.ts';

/** Feature keys: `w:` a word or compound part (stemmed), `c:` a lexicon concept, `k:` the category. */
export type Features = Map<string, number>;

export interface Analysis {
	features: Features;
	/** How the words behind each `w:` feature were written, to title a group in people's words. */
	labels: Map<string, string[]>;
	/** False when nothing but the category is left (only stop words, emoji, numbers). */
	hasText: boolean;
}

export interface Document {
	text: string;
	category?: string;
}

// A whole word counts most; its compound parts link it to relatives (Kinderbetreuung ~ Betreuungsplatz);
// a concept is what participants mean and outweighs any single word; the category is only a hint.
const WEIGHT = { word: 1, part: 0.5, concept: 2.5, category: 0.5 };
// The head of a compound names what it is (Ausbildungs-duldung is a Duldung); when the head names
// a concept of its own, a concept reached through a modifier counts half.
const MODIFIER_SHARE = 0.5;
const NO_HINT_CATEGORIES = new Set(['', 'sonstiges', 'sonstige', 'andere', 'weiteres', 'other', 'misc']);
const MIN_CORPUS_PART_LENGTH = 4;

const conceptByKey = new Map<string, string>();
const conceptWeight = new Map(CONCEPTS.map((concept) => [concept.id, concept.weight ?? 1]));
for (const concept of CONCEPTS) {
	for (const word of concept.words) {
		const folded = foldGerman(word.toLocaleLowerCase('de'));
		conceptByKey.set(folded, concept.id);
		conceptByKey.set(stemGerman(folded), concept.id);
	}
}
const CURATED_PARTS = [
	...COMPOUND_PARTS,
	...CONCEPTS.flatMap((concept) => concept.words).filter((word) => word.length >= MIN_CORPUS_PART_LENGTH)
].map((part) => foldGerman(part.toLocaleLowerCase('de')));

/** The concepts a word names, each with the share it counts: whole word or head 1, modifier less. */
function conceptsOf(wordKeys: string[], parts: string[]): Map<string, number> {
	const shares = new Map<string, number>();
	const note = (key: string, share: number) => {
		const concept = conceptByKey.get(key);
		if (concept && share > (shares.get(concept) ?? 0)) shares.set(concept, share);
	};
	for (const key of wordKeys) note(key, 1);
	const head = parts.at(-1);
	const headNamesConcept = head !== undefined && conceptByKey.has(head);
	parts.forEach((part, i) => note(part, i === parts.length - 1 || !headNamesConcept ? 1 : MODIFIER_SHARE));
	return shares;
}

/**
 * Snowball keeps the s of loanword plurals after a vowel or p (Kitas, Azubis, Infos, Laptops);
 * those are common on cards, so it goes before stemming. Short words keep it (Bus, Haus).
 */
function stemGerman(folded: string): string {
	return stemmer(/^.{3,}[aiopuy]s$/.test(folded) ? folded.slice(0, -1) : folded);
}

/**
 * Turns documents into weighted features. The words of all documents join the curated compound
 * parts, so a compound can be split into words the workshop itself uses.
 */
export function analyseAll(documents: readonly Document[]): Analysis[] {
	const tokenised = documents.map((document) => tokenize(document.text));
	const corpusParts = tokenised.flatMap((tokens) =>
		tokens
			.filter((token) => !token.literal && !isStopWord(token.lower))
			.flatMap((token) => token.pieces)
			.filter((piece) => piece.length >= MIN_CORPUS_PART_LENGTH)
	);
	const analyser = new Analyser(compoundSplitter([...CURATED_PARTS, ...corpusParts]));
	return documents.map((document, index) => analyser.analyse(tokenised[index]!, document.category));
}

class Analyser {
	readonly #stems = new Map<string, string>();
	readonly #split: CompoundSplitter;

	constructor(split: CompoundSplitter) {
		this.#split = split;
	}

	analyse(tokens: Token[], category = ''): Analysis {
		const features: Features = new Map();
		const labels = new Map<string, string[]>();
		const add = (key: string, weight: number) => features.set(key, (features.get(key) ?? 0) + weight);
		for (const token of tokens) {
			if (isStopWord(token.lower)) continue;
			const key = token.literal ? token.folded : this.#stem(token.folded);
			add(`w:${key}`, WEIGHT.word);
			labels.set(`w:${key}`, [...(labels.get(`w:${key}`) ?? []), token.surface]);
			const parts = this.#parts(token).map((part) => this.#stem(part));
			for (const part of new Set(parts)) if (part !== key) add(`w:${part}`, WEIGHT.part);
			for (const [concept, share] of conceptsOf([token.folded, key], parts)) {
				add(`c:${concept}`, WEIGHT.concept * share * conceptWeight.get(concept)!);
			}
		}
		const hasText = features.size > 0;
		const hint = category.trim().toLocaleLowerCase('de');
		if (!NO_HINT_CATEGORIES.has(hint)) add(`k:${hint}`, WEIGHT.category);
		return { features, labels, hasText };
	}

	#parts(token: Token): string[] {
		if (token.literal) return [];
		if (token.pieces.length > 1) {
			const pieces = token.pieces.filter((piece) => piece.length > 1 && !isStopWord(piece));
			return pieces.flatMap((piece) => {
				const parts = this.#split(piece);
				return parts.length > 0 ? parts : [piece];
			});
		}
		return this.#split(token.folded);
	}

	#stem(folded: string): string {
		let stem = this.#stems.get(folded);
		if (stem === undefined) {
			stem = stemGerman(folded);
			this.#stems.set(folded, stem);
		}
		return stem;
	}
}
