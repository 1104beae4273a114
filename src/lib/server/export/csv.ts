import { CARD_LANGUAGES } from '../../board/card-languages.ts';
import { exportFormat, type ExportOptions } from './format.ts';
import type { ReportCard, WorkshopReport } from './report.ts';

/**
 * CSV as German Excel opens it with a double click: UTF-8 with byte order mark (else umlauts
 * break), semicolons (the comma is the decimal separator there), CRLF, RFC 4180 quoting.
 * Cells are raw data, without the direction isolates the Markdown puts around user text: a
 * spreadsheet sets each cell's direction on its own, and the text must sort and match as typed.
 */
export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const SEPARATOR = ';';
const NEEDS_QUOTES = /[;"\r\n]/;
/** What spreadsheet programs read as the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text that a spreadsheet could run as a formula gets a leading apostrophe. */
export function csvCell(value: CsvCell): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value);
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: CsvCell[][]): string {
	return BOM + rows.map((row) => row.map(csvCell).join(SEPARATOR) + '\r\n').join('');
}

/**
 * Every card with its cluster, the cluster's rank in the last round and its dots per round, its
 * language, and one column per language any card was translated into: Excel's filter on such a
 * column finds the cards with (or without) an Arabic translation, which one cell holding all of
 * them could not.
 */
export function cardsCsv(report: WorkshopReport, options: ExportOptions): string {
	const { labels, language } = exportFormat(options);
	const rounds = report.votingRounds;
	const lastRound = rounds.at(-1);
	const cards = [...report.clusters.flatMap((cluster) => cluster.cards), ...report.unsortedCards];
	const translated = new Set(cards.flatMap((card) => card.translations.map((t) => t.lang)));
	const languages = CARD_LANGUAGES.filter((lang) => translated.has(lang));
	const cardCells = (card: ReportCard): CsvCell[] => [
		card.category,
		card.text,
		card.lang && language(card.lang),
		...languages.map((lang) => card.translations.find((t) => t.lang === lang)?.text ?? null)
	];
	const header = [
		labels.topic,
		labels.rank,
		...rounds.map((round) => labels.votesInRound(round.number)),
		labels.category,
		labels.card,
		labels.cardLanguage,
		...languages.map((lang) => labels.translationInto(language(lang)))
	];
	const rows: CsvCell[][] = [header];
	for (const cluster of report.clusters) {
		const rank = lastRound?.results.find((target) => target.targetId === cluster.id)?.rank ?? null;
		const votes = rounds.map((round) => round.results.find((t) => t.targetId === cluster.id)?.votes ?? null);
		for (const card of cluster.cards) rows.push([cluster.title, rank, ...votes, ...cardCells(card)]);
	}
	for (const card of report.unsortedCards) {
		rows.push([null, null, ...rounds.map(() => null), ...cardCells(card)]);
	}
	return toCsv(rows);
}

/** The ranking of every round, with a column per institution group where it was broken down. */
export function votesCsv(report: WorkshopReport, options: ExportOptions): string {
	const { labels } = exportFormat(options);
	const groupName = (type: string | null) => type ?? labels.otherGroup;
	const groups = [
		...new Set(report.votingRounds.flatMap((round) => round.breakdown.map((row) => groupName(row.institutionType))))
	];
	const rows: CsvCell[][] = [[labels.roundColumn, labels.rank, labels.topic, labels.votes, ...groups]];
	for (const round of report.votingRounds) {
		for (const target of round.results) {
			const byGroup = groups.map((group) => {
				const row = round.breakdown.find((candidate) => groupName(candidate.institutionType) === group);
				return row ? (row.votes[target.targetId] ?? 0) : null;
			});
			rows.push([round.number, target.rank, target.title, target.votes, ...byGroup]);
		}
	}
	return toCsv(rows);
}

/** The Maßnahmenplan, one row per action item, its status history in one cell. */
export function actionsCsv(report: WorkshopReport, options: ExportOptions): string {
	const { labels, statusChange, status } = exportFormat(options);
	const header = [
		labels.action,
		labels.topic,
		labels.owner,
		labels.contact,
		labels.due,
		labels.status,
		labels.notes,
		labels.history
	];
	const rows: CsvCell[][] = report.actions.map((action) => [
		action.title,
		action.clusterTitle,
		action.owner,
		action.contact,
		action.due,
		status(action),
		action.notes,
		action.history.map(statusChange).join('\n')
	]);
	return toCsv([header, ...rows]);
}
