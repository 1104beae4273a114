import * as v from 'valibot';
import type { GapRef } from './angebote.ts';
import { ACTION_STATUSES, type ActionStatus } from './schema.ts';

/**
 * The Bündnis' one Maßnahmenplan across its workshops, and how the Kerngruppe narrows it:
 * by workshop, Thema (the cluster a Maßnahme came from), institution (Verantwortlich), status,
 * or only what is overdue. Themen and institutions match across workshops by their words, so
 * "Sprache" of the STARTER workshop and of a Folgetreffen are one Thema.
 */

export interface PlanRow {
	workshopId: string;
	workshopTitle: string;
	id: string;
	title: string;
	thema: string | null;
	owner: string;
	contact: string;
	/** YYYY-MM-DD or null. */
	due: string | null;
	status: ActionStatus;
	statusNote: string;
	notes: string;
	/** The Lücke it was made from, if any. */
	gap: GapRef | null;
}

const optionalWord = v.optional(
	v.pipe(
		v.string(),
		v.trim(),
		v.maxLength(200),
		v.transform((s) => (s === '' ? undefined : s))
	)
);

export const PlanFilter = v.object({
	workshop: optionalWord,
	thema: optionalWord,
	institution: optionalWord,
	// A filter form sends every field, the unused ones empty: empty means "all".
	status: v.optional(
		v.pipe(
			v.picklist([...ACTION_STATUSES, ''], 'status:unknown'),
			v.transform((s) => (s === '' ? undefined : s))
		)
	),
	overdue: v.optional(
		v.pipe(
			v.picklist(['1', '0', 'true', 'false', ''], 'overdue:invalid'),
			v.transform((s) => s === '1' || s === 'true')
		)
	)
});
export type PlanFilter = v.InferOutput<typeof PlanFilter>;

const sameWords = (a: string, b: string) => a.trim().localeCompare(b.trim(), 'de', { sensitivity: 'base' }) === 0;

/** Open or in progress, with a Frist before today (YYYY-MM-DD, the Kommune's calendar day). */
export function isOverdue(row: Pick<PlanRow, 'due' | 'status'>, today: string): boolean {
	return row.status !== 'done' && row.due !== null && row.due < today;
}

export function filterPlan(rows: readonly PlanRow[], filter: PlanFilter, today: string): PlanRow[] {
	return rows.filter(
		(row) =>
			(filter.workshop === undefined || row.workshopId === filter.workshop) &&
			(filter.thema === undefined || (row.thema !== null && sameWords(row.thema, filter.thema))) &&
			(filter.institution === undefined || sameWords(row.owner, filter.institution)) &&
			(filter.status === undefined || row.status === filter.status) &&
			(!filter.overdue || isOverdue(row, today))
	);
}

/** Earliest Frist first, Maßnahmen without one last; then by workshop and title. */
export function byFrist(a: PlanRow, b: PlanRow): number {
	if (a.due !== b.due) {
		if (a.due === null) return 1;
		if (b.due === null) return -1;
		return a.due < b.due ? -1 : 1;
	}
	return a.workshopTitle.localeCompare(b.workshopTitle, 'de') || a.title.localeCompare(b.title, 'de');
}

/** The choices a filter form offers: every Thema and institution that occurs, once each. */
export function filterChoices(rows: readonly PlanRow[]): { themen: string[]; institutions: string[] } {
	const distinct = (values: (string | null)[]) => {
		const seen = new Map<string, string>();
		for (const value of values) {
			const trimmed = value?.trim();
			if (trimmed && !seen.has(trimmed.toLocaleLowerCase('de'))) seen.set(trimmed.toLocaleLowerCase('de'), trimmed);
		}
		return [...seen.values()].sort((a, b) => a.localeCompare(b, 'de'));
	};
	return { themen: distinct(rows.map((row) => row.thema)), institutions: distinct(rows.map((row) => row.owner)) };
}

/** The calendar day (YYYY-MM-DD) of a moment where the Bündnis is, for "overdue". */
export function calendarDay(at: Date, timeZone = 'Europe/Berlin'): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
