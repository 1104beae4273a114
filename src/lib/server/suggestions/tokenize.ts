/** One word of a card as written, with the forms the later steps compare. */
export interface Token {
	/** As typed (NFC), kept to show a term to people. */
	surface: string;
	/** Lower-cased with German rules; stop words are looked up in this form. */
	lower: string;
	/** Lower-cased with umlauts and ß folded (ä→a, ß→ss), the form the Snowball stemmer works in. */
	folded: string;
	/** Folded pieces of a hyphenated compound ("Kita-Platz" → kita, platz); one piece otherwise. */
	pieces: string[];
	/** An acronym or code such as IHK, BAMF, B2 or U3: stemming would only damage it. */
	literal: boolean;
}

// Letters and digits, joined by inner hyphens (ASCII and the typographic ones phones insert).
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;
const HYPHEN = /[-\u2010\u2011]/;
const HYPHENS = /[-\u2010\u2011]/g;
// Gender forms as social workers write them: Lehrer*innen, Kolleg:innen, Berater_innen, Teilnehmer/innen.
const GENDER_SUFFIX = /[*:_/·]in(?:nen)?(?![\p{L}])/giu;
const DIGIT = /\p{N}/u;
const UPPER = /^[\p{Lu}\p{N}]+$/u;
const FOLD: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };
/** Cards hold 280 characters; anything longer is cut so hostile input cannot make the work grow. */
export const MAX_TEXT_LENGTH = 2000;
const MAX_WORD_LENGTH = 60;

export function foldGerman(lower: string): string {
	return lower.replace(/[äöüß]/g, (c) => FOLD[c] ?? c);
}

/**
 * Splits a card text into words. Dotted abbreviations (z.B., u.a., d.h.) fall apart into single
 * letters, which are dropped with every other one-character word; pure numbers are dropped too,
 * while codes with letters (B2, U3) are kept whole.
 */
export function tokenize(text: string): Token[] {
	const normalised = text.slice(0, MAX_TEXT_LENGTH).normalize('NFC').replace(GENDER_SUFFIX, '');
	const tokens: Token[] = [];
	for (const match of normalised.matchAll(WORD)) {
		const surface = match[0];
		if (surface.length < 2 || surface.length > MAX_WORD_LENGTH || /^\p{N}+$/u.test(surface)) continue;
		const lower = surface.toLocaleLowerCase('de');
		const folded = foldGerman(lower);
		const pieces = folded.split(HYPHEN).filter((piece) => piece.length > 0);
		tokens.push({
			surface,
			lower: lower.replace(HYPHENS, ''),
			folded: pieces.join(''),
			pieces,
			literal: DIGIT.test(surface) || (surface.length <= 5 && surface.length > 1 && UPPER.test(surface))
		});
	}
	return tokens;
}
