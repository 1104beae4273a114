// Linking elements (Fugen) between the parts of a compound: Betreuung-s-platz, Kind-er-garten, Tag-es-mutter.
const FUGEN = ['', 's', 'es', 'n', 'en', 'er', 'e'];
// Endings a head takes in the plural or another case: Plätze (folded platze), Betrieben, Kursen.
const HEAD_ENDINGS = ['', 'e', 'n', 'en', 's', 'es', 'er', 'ern', 'nen', 'se', 'sen'];
const MIN_PART_LENGTH = 3;
// A word is read as known prefix + unknown rest (or the reverse) only when both sides are substantial.
const MIN_PARTIAL_LENGTH = 4;

/** Splits a folded word into the known parts it is made of, the head last; a word with none gives []. */
export type CompoundSplitter = (folded: string) => string[];

/**
 * Builds a splitter over the given parts (folded, lower case). It looks for the longest known
 * modifier, an optional Fuge and a known head, and splits the head again if it is itself a compound
 * (Jugend-migration-s-dienst). A modifier may drop its final e (Sprach-kurs, Schul-pflicht).
 */
export function compoundSplitter(parts: Iterable<string>): CompoundSplitter {
	const modifiers = new Map<string, string>();
	const heads = new Map<string, string>();
	for (const part of parts) {
		if (part.length < MIN_PART_LENGTH) continue;
		if (!modifiers.has(part)) modifiers.set(part, part);
		if (part.endsWith('e') && part.length > MIN_PART_LENGTH && !modifiers.has(part.slice(0, -1))) {
			modifiers.set(part.slice(0, -1), part);
		}
		for (const ending of HEAD_ENDINGS) if (!heads.has(part + ending)) heads.set(part + ending, part);
	}
	const memo = new Map<string, string[] | null>();

	function split(word: string): string[] | null {
		const known = memo.get(word);
		if (known !== undefined) return known;
		memo.set(word, null);
		let found: string[] | null = null;
		for (let end = word.length - MIN_PART_LENGTH; end >= MIN_PART_LENGTH && !found; end--) {
			const modifier = modifiers.get(word.slice(0, end));
			if (modifier) found = splitAfter(word, end, modifier);
		}
		memo.set(word, found);
		return found;
	}

	function splitAfter(word: string, end: number, modifier: string): string[] | null {
		for (const fuge of FUGEN) {
			if (!word.startsWith(fuge, end)) continue;
			const rest = word.slice(end + fuge.length);
			if (rest.length < MIN_PART_LENGTH) continue;
			const head = heads.get(rest);
			const tail = head ? leaves(head) : split(rest);
			if (tail) return [...leaves(modifier), ...tail];
		}
		return null;
	}

	/** A part taken from the cards may itself be a compound (Kinderbetreuung-s-platz). */
	function leaves(part: string): string[] {
		return split(part) ?? [part];
	}

	/**
	 * When the parts do not add up (Sprach-lern-angebote, Behörden-gänge), the known prefix and
	 * the known suffix still say what the word is about.
	 */
	function partial(word: string): string[] {
		let prefixEnd = 0;
		let found: string[] = [];
		for (let end = word.length - MIN_PARTIAL_LENGTH; end >= MIN_PARTIAL_LENGTH; end--) {
			const modifier = modifiers.get(word.slice(0, end));
			if (modifier) {
				prefixEnd = end;
				found = leaves(modifier);
				break;
			}
		}
		for (let start = Math.max(prefixEnd, MIN_PART_LENGTH); start <= word.length - MIN_PARTIAL_LENGTH; start++) {
			const head = heads.get(word.slice(start));
			if (head) return [...found, ...leaves(head)];
		}
		return found;
	}

	return (folded) => split(folded) ?? partial(folded);
}
