import type { ExportLocale } from '../../export/labels.ts';

/**
 * The Sachbericht goes to the Land, in German (English for partners); the languages the
 * Ergebnisprotokoll adds for participants are not needed there.
 */
export type SachberichtLocale = Extract<ExportLocale, 'de' | 'en'>;

/** The Sachbericht's own words; statuses, dates and actors come from the export labels. */
export interface SachberichtLabels {
	title: string;
	period: (from: string, to: string) => string;
	periodLabel: string;
	members: string;
	workshopsHeld: string;
	workshop: string;
	participantsByInstitution: string;
	participantsTotal: (n: number, minGroup: number) => string;
	institution: string;
	count: string;
	needsByCategory: string;
	themen: string;
	cards: string;
	actionsByStatus: string;
	actionsSummary: (total: number, donePercent: number, overdue: number) => string;
	overdue: string;
	timeline: string;
	month: string;
	changes: string;
	when: string;
	change: string;
	by: string;
}

const LABELS = {
	de: {
		title: 'Sachbericht',
		period: (from, to) => `Berichtszeitraum ${from} bis ${to}`,
		periodLabel: 'Berichtszeitraum',
		members: 'Mitglieder',
		workshopsHeld: 'Workshops im Berichtszeitraum',
		workshop: 'Workshop',
		participantsByInstitution: 'Teilnehmende nach Institution',
		participantsTotal: (n, k) => `${n} Teilnehmende insgesamt; Institutionen mit weniger als ${k} Personen sind als „Weitere Institution“ zusammengefasst.`,
		institution: 'Institution',
		count: 'Anzahl',
		needsByCategory: 'Bedarfe nach Kategorie',
		themen: 'Themen',
		cards: 'Karten',
		actionsByStatus: 'Maßnahmen nach Status',
		actionsSummary: (total, done, overdue) => `${total} Maßnahmen, davon ${done} % erledigt und ${overdue} überfällig.`,
		overdue: 'überfällig',
		timeline: 'Maßnahmen nach Status im Verlauf',
		month: 'Monat',
		changes: 'Was sich im Berichtszeitraum geändert hat',
		when: 'Wann',
		change: 'Änderung',
		by: 'Von'
	},
	en: {
		title: 'Progress report',
		period: (from, to) => `Reporting period ${from} to ${to}`,
		periodLabel: 'Reporting period',
		members: 'Members',
		workshopsHeld: 'Workshops in the reporting period',
		workshop: 'Workshop',
		participantsByInstitution: 'Participants by institution',
		participantsTotal: (n, k) => `${n} participants in all; institutions with fewer than ${k} people are merged as “Other institution”.`,
		institution: 'Institution',
		count: 'Count',
		needsByCategory: 'Needs by category',
		themen: 'Topics',
		cards: 'Cards',
		actionsByStatus: 'Action items by status',
		actionsSummary: (total, done, overdue) => `${total} action items, ${done} % of them done and ${overdue} overdue.`,
		overdue: 'overdue',
		timeline: 'Action items by status over time',
		month: 'Month',
		changes: 'What changed in the reporting period',
		when: 'When',
		change: 'Change',
		by: 'By'
	}
} satisfies Record<SachberichtLocale, SachberichtLabels>;

export const sachberichtLabels = (locale: SachberichtLocale): SachberichtLabels => LABELS[locale];
