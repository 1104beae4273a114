import Papa from 'papaparse';
import * as v from 'valibot';
import { ANGEBOT_FIELDS, parseAngebot, type Angebot, type AngebotErrorCode, type AngebotField } from '../../board/angebote.ts';

/**
 * Importing the list of Angebote a Kommune already keeps in Excel: read the table (CSV in
 * Excel's German dialect or UTF-8, or XLSX), map its columns to our fields, check every row.
 * Nothing here writes; the caller imports all rows or none.
 */

export interface Table {
	headers: string[];
	/** Data rows, as many cells as headers (missing cells read as ''). */
	rows: string[][];
}

/** Column index → field; a column mapped to nothing is left out. */
export type Mapping = (AngebotField | null)[];

export interface RowProblem {
	/** The row as the spreadsheet numbers it: the header is row 1. */
	row: number;
	/** The column's header as the file has it; the field's name where no column is mapped. */
	column: string;
	field: AngebotField;
	code: AngebotErrorCode;
}

export type ImportCheck = { ok: true; angebote: Angebot[] } | { ok: false; problems: RowProblem[]; valid: number };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Excel saves "CSV (Trennzeichen-getrennt)" in Windows-1252 with semicolons, "CSV UTF-8" with a
 * byte order mark; a file that is not valid UTF-8 is read as Windows-1252.
 */
export function decodeCsv(bytes: Uint8Array): string {
	if (startsWith(bytes, UTF8_BOM)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

function table(cells: string[][]): Table {
	const [head = [], ...rest] = cells.filter((row) => row.some((cell) => cell.trim() !== ''));
	const headers = head.map((h) => h.trim());
	return { headers, rows: rest.map((row) => headers.map((_, i) => row[i] ?? '')) };
}

export function parseCsv(text: string): Table {
	// Papa Parse guesses the delimiter (; from German Excel, , or tab) and handles quoted line breaks.
	const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' });
	return table(parsed.data);
}

export async function readTable(bytes: Uint8Array): Promise<Table> {
	if (!startsWith(bytes, ZIP)) return parseCsv(decodeCsv(bytes));
	// The first sheet is the list; read-excel-file reads the cells, numbers as numbers, dates as Dates.
	const { readSheet } = await import('read-excel-file/node');
	const rows = await readSheet(Buffer.from(bytes));
	return table(rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell)))));
}

/** How a Kommune's list names each column, lower case, without punctuation. */
const SYNONYMS: Record<AngebotField, string[]> = {
	title: ['titel', 'angebot', 'name', 'bezeichnung', 'name des angebots', 'title'],
	provider: ['träger', 'anbieter', 'institution', 'einrichtung', 'provider'],
	description: ['beschreibung', 'inhalt', 'kurzbeschreibung', 'description'],
	ageFrom: ['alter von', 'alter ab', 'ab alter', 'mindestalter', 'age from'],
	ageTo: ['alter bis', 'bis alter', 'höchstalter', 'age to'],
	'access.gestattung': ['aufenthaltsgestattung', 'gestattung'],
	'access.duldung': ['duldung'],
	'access.erlaubnis': ['aufenthaltserlaubnis', 'erlaubnis'],
	'access.anerkannt': ['anerkannt', 'anerkannte', 'anerkennung', 'anerkannte flüchtlinge'],
	languageLevel: ['sprachniveau', 'deutschniveau', 'sprachkenntnisse', 'niveau', 'deutsch'],
	place: ['ort', 'ortsteil', 'kommune', 'standort', 'place'],
	costs: ['kosten', 'gebühr', 'gebühren', 'preis', 'costs'],
	capacity: ['plätze', 'kapazität', 'platzzahl', 'anzahl plätze', 'capacity'],
	contact: ['kontakt', 'ansprechperson', 'ansprechpartner', 'ansprechpartnerin', 'email', 'contact'],
	link: ['link', 'url', 'webseite', 'website', 'internet', 'homepage'],
	categories: ['kategorie', 'kategorien', 'themen', 'thema', 'bereich', 'categories'],
	before: ['davor', 'vorher', 'voraussetzung', 'kommt davor', 'kommt meist davor', 'before'],
	after: ['danach', 'anschluss', 'nächster schritt', 'kommt danach', 'kommt meist danach', 'after'],
	outcome: ['führt zu', 'ziel', 'ergebnis', 'outcome']
};

const normaliseHeader = (header: string) =>
	header
		.toLocaleLowerCase('de')
		.replace(/[^\p{L}\p{N} ]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** A first mapping by the headers' names; the facilitator checks and changes it before importing. */
export function suggestMapping(headers: readonly string[]): Mapping {
	const taken = new Set<AngebotField>();
	return headers.map((header) => {
		const name = normaliseHeader(header);
		const field = ANGEBOT_FIELDS.find((f) => !taken.has(f) && SYNONYMS[f].includes(name)) ?? null;
		if (field) taken.add(field);
		return field;
	});
}

/** A mapping must name the required fields and each field once. */
export function mappingProblems(mapping: Mapping): { field: AngebotField; code: 'required' | 'twice' }[] {
	const problems: { field: AngebotField; code: 'required' | 'twice' }[] = [];
	for (const field of ['title', 'provider'] as const) if (!mapping.includes(field)) problems.push({ field, code: 'required' });
	const seen = new Set<AngebotField>();
	for (const field of mapping) {
		if (field && seen.has(field)) problems.push({ field, code: 'twice' });
		if (field) seen.add(field);
	}
	return problems;
}

/** Checks every row under the mapping: all Angebote, or every problem by row and column. */
export function checkImport(input: Table, mapping: Mapping): ImportCheck {
	const problems: RowProblem[] = [];
	const angebote: Angebot[] = [];
	input.rows.forEach((cells, index) => {
		const record: Partial<Record<AngebotField, string>> = {};
		mapping.forEach((field, column) => {
			if (field) record[field] = cells[column] ?? '';
		});
		const parsed = parseAngebot(record);
		if (parsed.ok) angebote.push(parsed.value);
		else {
			for (const { field, code } of parsed.errors) {
				const column = mapping.indexOf(field);
				problems.push({ row: index + 2, column: column >= 0 ? input.headers[column]! : field, field, code });
			}
		}
	});
	return problems.length ? { ok: false, problems, valid: angebote.length } : { ok: true, angebote };
}

/** What a check of a list under a mapping found; `angebote` only when everything is right. */
export interface ImportSummary {
	headers: string[];
	mapping: Mapping;
	mappingProblems: ReturnType<typeof mappingProblems>;
	problems: RowProblem[];
	rows: number;
	angebote: Angebot[] | null;
}

export function summarise(input: Table, mapping: Mapping): ImportSummary {
	const badMapping = mappingProblems(mapping);
	const checked = badMapping.length ? null : checkImport(input, mapping);
	return {
		headers: input.headers,
		mapping,
		mappingProblems: badMapping,
		problems: checked && !checked.ok ? checked.problems : [],
		rows: input.rows.length,
		angebote: checked?.ok ? checked.angebote : null
	};
}

const MappingInput = v.array(v.nullable(v.picklist(ANGEBOT_FIELDS)));

/** A mapping as sent (JSON or form selects, '' for none): one known field or null per column, else null. */
export function parseMapping(input: unknown, columns: number): Mapping | null {
	const values = Array.isArray(input) ? input.map((value) => (value === '' ? null : value)) : input;
	const parsed = v.safeParse(MappingInput, values);
	return parsed.success && parsed.output.length === columns ? parsed.output : null;
}

/** A table sent back by the import page between its steps (it is the user's own file, as text). */
const TableInput = v.object({
	headers: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.minLength(1), v.maxLength(100)),
	rows: v.pipe(v.array(v.array(v.pipe(v.string(), v.maxLength(10_000)))), v.maxLength(10_000))
});

export function parseTable(json: string): Table | null {
	try {
		const parsed = v.safeParse(TableInput, JSON.parse(json));
		return parsed.success ? { headers: parsed.output.headers, rows: parsed.output.rows.map((row) => parsed.output.headers.map((_, i) => row[i] ?? '')) } : null;
	} catch {
		return null;
	}
}
