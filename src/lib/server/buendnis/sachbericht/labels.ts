import type { Outcome } from '../../../board/angebote.ts';
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
	careers: string;
	careersIntro: string;
	careersUndescribed: string;
	careersNone: string;
	ways: string;
	warnings: string;
	leads: Record<Outcome, string>;
	moreWays: (n: number) => string;
	loop: string;
	deadEnd: string;
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
		by: 'Von',
		careers: 'Maßnahme-Karrieren',
		careersIntro: 'Welche Angebote aufeinander folgen, wie es bei den Angeboten steht, und wohin das führt. Warnzeichen: eine Schleife, in der junge Menschen von Angebot zu Angebot weitergereicht werden, und ein Thema, bei dem kein Weg in Ausbildung oder Arbeit führt.',
		careersUndescribed: 'Noch kein Angebot sagt, was meist davor oder danach kommt oder wohin es führt.',
		careersNone: 'Keine Angebote zu den Themen der Workshops.',
		ways: 'Wege',
		warnings: 'Warnzeichen',
		leads: { '': 'führt nicht in Ausbildung oder Arbeit', ausbildung: 'führt in Ausbildung', arbeit: 'führt in Arbeit' },
		moreWays: (n) => `und ${n} weitere Wege`,
		loop: 'Schleife',
		deadEnd: 'Sackgasse: kein Weg führt in Ausbildung oder Arbeit'
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
		by: 'By',
		careers: 'Measure careers',
		careersIntro: 'Which offers follow one another, as the offers say, and where that leads. Warning signs: a loop in which young people are passed from one offer to the next, and a topic where no path leads into training or work.',
		careersUndescribed: 'No offer says yet what usually comes before or after it, or where it leads.',
		careersNone: 'No offers for the topics of the workshops.',
		ways: 'Paths',
		warnings: 'Warning signs',
		leads: { '': 'leads neither into training nor work', ausbildung: 'leads into training', arbeit: 'leads into work' },
		moreWays: (n) => `and ${n} more paths`,
		loop: 'Loop',
		deadEnd: 'Dead end: no path leads into training or work'
	}
} satisfies Record<SachberichtLocale, SachberichtLabels>;

export const sachberichtLabels = (locale: SachberichtLocale): SachberichtLabels => LABELS[locale];
