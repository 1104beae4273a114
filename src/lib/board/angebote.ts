/**
 * Angebote: what already exists for young refugees in a Kommune, so the Bündnis closes real
 * gaps instead of adding a measure next to an existing one. The rules of one Angebot, the same
 * for the form and for an imported list; framework-free, like the board domain.
 */

/** The residence statuses whose access an Angebot states, in the order the Ausländerbehörde uses. */
export const RESIDENCE_STATUSES = ['gestattung', 'duldung', 'erlaubnis', 'anerkannt'] as const;
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];

export const ACCESS = ['ja', 'nein', 'unklar'] as const;
export type Access = (typeof ACCESS)[number];

/** Required German, CEFR; `keine` for none. */
export const LANGUAGE_LEVELS = ['keine', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** Where an Angebot leads: `''` nowhere in particular, else training or work (the end of a Maßnahme-Karriere). */
export const OUTCOMES = ['', 'ausbildung', 'arbeit'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Angebot {
	title: string;
	/** The institution that runs it. */
	provider: string;
	description: string;
	/** Target group by age, inclusive; null where open. */
	ageFrom: number | null;
	ageTo: number | null;
	access: Record<ResidenceStatus, Access>;
	languageLevel: LanguageLevel;
	/** Kommune or Ortsteil. */
	place: string;
	costs: string;
	/** Places; null where not limited or not known. */
	capacity: number | null;
	contact: string;
	link: string;
	/** Categories or Themen it serves, as the Bündnis names them. */
	categories: string[];
	/** Titles of the Angebote that usually come before and after it: the Maßnahme-Karrieren. */
	before: string[];
	after: string[];
	outcome: Outcome;
}

/** Every field of an Angebot as a flat record of texts: what a form posts and a table row holds. */
export const ANGEBOT_FIELDS = [
	'title',
	'provider',
	'description',
	'ageFrom',
	'ageTo',
	...RESIDENCE_STATUSES.map((status) => `access.${status}` as const),
	'languageLevel',
	'place',
	'costs',
	'capacity',
	'contact',
	'link',
	'categories',
	'before',
	'after',
	'outcome'
] as const;
export type AngebotField = (typeof ANGEBOT_FIELDS)[number];

export type AngebotErrorCode = 'required' | 'too_long' | 'invalid' | 'range';
export interface AngebotError {
	field: AngebotField;
	code: AngebotErrorCode;
}

const MAX = { title: 200, provider: 200, description: 4000, place: 200, costs: 200, contact: 300, link: 500, category: 100 } as const;

/** How people write yes, no and "don't know" in a Kommune's list. */
const ACCESS_WORDS: Record<string, Access> = {
	ja: 'ja',
	j: 'ja',
	yes: 'ja',
	x: 'ja',
	'1': 'ja',
	nein: 'nein',
	n: 'nein',
	no: 'nein',
	'0': 'nein',
	'-': 'nein',
	unklar: 'unklar',
	'?': 'unklar',
	'': 'unklar',
	'k.a.': 'unklar',
	unbekannt: 'unklar'
};

const OUTCOME_WORDS: Record<string, Outcome> = {
	'': '',
	ausbildung: 'ausbildung',
	arbeit: 'arbeit',
	beschäftigung: 'arbeit',
	job: 'arbeit'
};

function text(value: string | undefined, field: AngebotField, max: number, errors: AngebotError[], required = false): string {
	const trimmed = (value ?? '').trim();
	if (required && trimmed === '') errors.push({ field, code: 'required' });
	else if (trimmed.length > max) errors.push({ field, code: 'too_long' });
	return trimmed;
}

function whole(value: string | undefined, field: AngebotField, min: number, max: number, errors: AngebotError[]): number | null {
	const trimmed = (value ?? '').trim();
	if (trimmed === '') return null;
	if (!/^\d+$/.test(trimmed)) {
		errors.push({ field, code: 'invalid' });
		return null;
	}
	const number = Number(trimmed);
	if (number < min || number > max) errors.push({ field, code: 'range' });
	return number;
}

/** A list in one text, each entry once. */
function list(value: string | undefined, field: AngebotField, separator: RegExp, max: number, errors: AngebotError[]): string[] {
	const entries = (value ?? '')
		.split(separator)
		.map((entry) => entry.trim())
		.filter(Boolean);
	if (entries.some((entry) => entry.length > max)) errors.push({ field, code: 'too_long' });
	return [...new Set(entries)];
}

function link(value: string | undefined, errors: AngebotError[]): string {
	const trimmed = text(value, 'link', MAX.link, errors);
	if (trimmed === '') return '';
	const withScheme = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
	try {
		const url = new URL(withScheme);
		if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
	} catch {
		// falls through to the error below
	}
	errors.push({ field: 'link', code: 'invalid' });
	return trimmed;
}

/**
 * Reads one Angebot from its texts (form or table row), trimming and normalising what people
 * type ("x" for yes, "b1" for B1, "www.vhs.de" as a link). Every problem is reported, not just
 * the first, so a row of an import can be fixed in one go.
 */
export function parseAngebot(input: Partial<Record<AngebotField, string>>): { ok: true; value: Angebot } | { ok: false; errors: AngebotError[] } {
	const errors: AngebotError[] = [];
	const access = {} as Record<ResidenceStatus, Access>;
	for (const status of RESIDENCE_STATUSES) {
		const field = `access.${status}` as const;
		const word = ACCESS_WORDS[(input[field] ?? '').trim().toLocaleLowerCase('de')];
		if (!word) errors.push({ field, code: 'invalid' });
		access[status] = word ?? 'unklar';
	}
	const levelText = (input.languageLevel ?? '').trim();
	const level = levelText === '' ? 'keine' : LANGUAGE_LEVELS.find((l) => l.toLowerCase() === levelText.toLowerCase());
	if (!level) errors.push({ field: 'languageLevel', code: 'invalid' });
	const ageFrom = whole(input.ageFrom, 'ageFrom', 0, 99, errors);
	const ageTo = whole(input.ageTo, 'ageTo', 0, 99, errors);
	if (ageFrom !== null && ageTo !== null && ageFrom > ageTo) errors.push({ field: 'ageTo', code: 'range' });
	const outcome = OUTCOME_WORDS[(input.outcome ?? '').trim().toLocaleLowerCase('de')];
	if (outcome === undefined) errors.push({ field: 'outcome', code: 'invalid' });
	const value: Angebot = {
		title: text(input.title, 'title', MAX.title, errors, true),
		provider: text(input.provider, 'provider', MAX.provider, errors, true),
		description: text(input.description, 'description', MAX.description, errors),
		ageFrom,
		ageTo,
		access,
		languageLevel: level ?? 'keine',
		place: text(input.place, 'place', MAX.place, errors),
		costs: text(input.costs, 'costs', MAX.costs, errors),
		capacity: whole(input.capacity, 'capacity', 0, 100_000, errors),
		contact: text(input.contact, 'contact', MAX.contact, errors),
		link: link(input.link, errors),
		categories: list(input.categories, 'categories', /[;,\n]/, MAX.category, errors),
		// Titles may hold a comma ("Deutsch für den Beruf, B1"), so only ; and line breaks part them.
		before: list(input.before, 'before', /[;\n]/, MAX.title, errors),
		after: list(input.after, 'after', /[;\n]/, MAX.title, errors),
		outcome: outcome ?? ''
	};
	return errors.length ? { ok: false, errors } : { ok: true, value };
}

/** An Angebot as the texts of its form, so it can be edited with the form it was made with. */
export function angebotTexts(angebot: Angebot): Record<AngebotField, string> {
	const number = (value: number | null) => (value === null ? '' : String(value));
	return {
		title: angebot.title,
		provider: angebot.provider,
		description: angebot.description,
		ageFrom: number(angebot.ageFrom),
		ageTo: number(angebot.ageTo),
		...(Object.fromEntries(RESIDENCE_STATUSES.map((status) => [`access.${status}`, angebot.access[status]])) as Record<`access.${ResidenceStatus}`, string>),
		languageLevel: angebot.languageLevel,
		place: angebot.place,
		costs: angebot.costs,
		capacity: number(angebot.capacity),
		contact: angebot.contact,
		link: angebot.link,
		categories: angebot.categories.join('; '),
		before: angebot.before.join('; '),
		after: angebot.after.join('; '),
		outcome: angebot.outcome
	};
}

/** A Lücke by name: a Thema and a residence status. A Maßnahme made from a Lücke keeps it. */
export interface GapRef {
	thema: string;
	status: ResidenceStatus;
}

export function isGapRef(value: unknown): value is GapRef {
	if (typeof value !== 'object' || value === null) return false;
	const { thema, status } = value as Record<string, unknown>;
	return typeof thema === 'string' && thema.trim() !== '' && (RESIDENCE_STATUSES as readonly unknown[]).includes(status);
}

export interface GapCell<A> {
	/** Angebote open to the status, and those whose access is unclear. */
	ja: number;
	unklar: number;
	/** Maßnahmen made from this cell's Lücke. */
	actions: A[];
}

/** One Thema's row of the Lückenanalyse. */
export interface GapRow<A = never> {
	thema: string;
	cells: Record<ResidenceStatus, GapCell<A>>;
}

/** How the matrix, links and dismissals compare Themen: case and spaces aside. */
export const themaKey = (title: string) => title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');

/**
 * The Lückenanalyse: for each Thema, how many Angebote serve it for each residence status. An
 * Angebot serves a Thema it names among its categories (case and spaces aside). A cell without
 * any Angebot open to that status is a Lücke, also when some are unclear: unclear is no access
 * a young person can count on. Maßnahmen made from a Lücke are listed in its cell.
 */
export function gapMatrix<A extends { gap: GapRef | null } = never>(
	themen: readonly string[],
	angebote: readonly Pick<Angebot, 'categories' | 'access'>[],
	actions: readonly A[] = []
): GapRow<A>[] {
	const seen = new Set<string>();
	const rows: GapRow<A>[] = [];
	for (const thema of themen) {
		const key = themaKey(thema);
		if (key === '' || seen.has(key)) continue;
		seen.add(key);
		const cells = Object.fromEntries(RESIDENCE_STATUSES.map((s): [ResidenceStatus, GapCell<A>] => [s, { ja: 0, unklar: 0, actions: [] }])) as GapRow<A>['cells'];
		for (const angebot of angebote) {
			if (!angebot.categories.some((c) => themaKey(c) === key)) continue;
			for (const status of RESIDENCE_STATUSES) {
				if (angebot.access[status] === 'ja') cells[status].ja += 1;
				else if (angebot.access[status] === 'unklar') cells[status].unklar += 1;
			}
		}
		for (const action of actions) {
			if (action.gap && themaKey(action.gap.thema) === key) cells[action.gap.status].actions.push(action);
		}
		rows.push({ thema: thema.trim(), cells });
	}
	return rows;
}

export const isGap = (cell: { ja: number }) => cell.ja === 0;
