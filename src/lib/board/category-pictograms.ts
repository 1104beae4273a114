/**
 * A pictogram for each category of the STARTER template, so that someone who reads little German
 * finds "Wohnen" by its house. Categories are edited per workshop, so a name is matched by its
 * word stem ("Wohnungssuche" is still a house); a category no stem knows gets `generic`, never
 * the dots of "Sonstiges", which would claim it means "everything else".
 */
export type Pictogram =
	| 'speech'
	| 'child'
	| 'office'
	| 'skills'
	| 'practice'
	| 'education'
	| 'housing'
	| 'health'
	| 'residence'
	| 'other'
	| 'generic';

/**
 * Umlauts and ß folded, and "ue" folded like "ü", so that "Buerokratie" typed on a keyboard
 * without umlauts matches too; the stems below are written folded.
 */
function fold(name: string): string {
	return name
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/ß/g, 'ss')
		.replace(/([aou])e/g, '$1');
}

/** Tried in the template's order; the first stem found wins, so "Kita & Schule" is a child. */
const STEMS: readonly (readonly [Pictogram, RegExp])[] = [
	['speech', /sprach|deutschkurs|dolmetsch/],
	['child', /kind|kita|betreu/],
	['office', /burokrat|behord|verwaltung|\bamt\b|amter/],
	['skills', /kompetenz|anerkenn|qualifi/],
	['practice', /praxis|prakti|arbeit/],
	['education', /schul|ausbild|bildung|studi/],
	['housing', /wohn|unterkunft|miete/],
	['health', /gesund|medizin|arzt|pflege|psych/],
	['residence', /aufenthalt|asyl|duldung|visum/],
	['other', /^(sonstig|anderes?\b|weiteres?\b)/]
];

export function categoryPictogram(category: string): Pictogram {
	const name = fold(category.trim());
	return STEMS.find(([, stem]) => stem.test(name))?.[0] ?? 'generic';
}
