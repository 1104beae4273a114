import type { ActorWords } from '../../board/history-actor.ts';
import type { ExportLocale } from '../../i18n/export-locales.ts';
import { ar } from './labels/ar.ts';
import { de } from './labels/de.ts';
import { en } from './labels/en.ts';
import { tr } from './labels/tr.ts';
import { uk } from './labels/uk.ts';
import type { ActionStatus, PhaseId } from './report.ts';

export type { ExportLocale };

/**
 * The words inside exported files. They live on the server (the PDF, CSV, Markdown and ICS are
 * made there), so they are a typed dictionary rather than Paraglide messages; `satisfies` keeps
 * every language complete. Legal residence terms keep the German word, with a gloss, as
 * the participant screens do: they are what stands on the papers.
 */
export interface ExportLabels {
	report: string;
	municipality: string;
	date: string;
	place: string;
	facilitators: string;
	participants: string;
	institutionsPresent: string;
	otherInstitution: string;
	phasesHeld: string;
	phases: Record<PhaseId, string>;
	priorities: string;
	round: (n: number) => string;
	/** Column heading for a round's number. */
	roundColumn: string;
	roundRules: (budget: number, maxPerTarget: number) => string;
	closedAt: (when: string) => string;
	voters: (n: number) => string;
	rank: string;
	votes: string;
	votesInRound: (n: number) => string;
	topic: string;
	byInstitution: string;
	otherGroup: string;
	noRounds: string;
	clusters: string;
	cardCount: (n: number) => string;
	card: string;
	category: string;
	unsorted: string;
	none: string;
	actionPlan: string;
	action: string;
	owner: string;
	contact: string;
	due: string;
	status: string;
	statuses: Record<ActionStatus, string>;
	notes: string;
	history: string;
	historyActor: ActorWords;
	gaps: string;
	gapsIntro: string;
	gap: string;
	residence: Record<'gestattung' | 'duldung' | 'erlaubnis' | 'anerkannt', string>;
	unclear: (n: number) => string;
	/** A Maßnahme made from a Lücke, in the Lücke's cell. */
	gapAction: (title: string, status: string) => string;
	/** Under a Maßnahme made from a Lücke. */
	fromGap: (thema: string, residence: string) => string;
	page: (page: number, pages: number) => string;
	generated: (when: string) => string;
	calendarName: (title: string) => string;
	/** Over a card's text when its language was not recorded. */
	original: string;
	/** CSV column: the language a card is written in. */
	cardLanguage: string;
	/** CSV column of a card's translations into one language. */
	translationInto: (language: string) => string;
}

/** One file per language in labels/; `satisfies` keeps every language complete. */
export const LABELS = { de, en, uk, tr, ar } satisfies Record<ExportLocale, ExportLabels>;

export function labelsFor(locale: ExportLocale): ExportLabels {
	return LABELS[locale];
}
