import type { ActorWords } from '../../board/history-actor.ts';
import type { ActionStatus, PhaseId } from './report.ts';

/**
 * The words inside exported files. They live on the server (the PDF, CSV, Markdown and ICS are
 * made there), so they are a typed dictionary rather than Paraglide messages; `satisfies` below
 * keeps both languages complete.
 */
export type ExportLocale = 'de' | 'en';

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
}

export const LABELS = {
	de: {
		report: 'Ergebnisprotokoll',
		municipality: 'Kommune',
		date: 'Datum',
		place: 'Ort',
		facilitators: 'Moderation',
		participants: 'Teilnehmende',
		institutionsPresent: 'Vertretene Institutionen',
		otherInstitution: 'Weitere Institution',
		phasesHeld: 'Durchgeführte Phasen',
		phases: {
			ankommen: 'Ankommen',
			rueckblick: 'Rückblick',
			sammeln: 'Sammeln',
			clustern: 'Clustern',
			punkten: 'Punkten',
			massnahmen: 'Maßnahmen',
			abschluss: 'Abschluss'
		},
		priorities: 'Prioritäten',
		round: (n) => `Runde ${n}`,
		roundColumn: 'Runde',
		roundRules: (budget, max) => `${budget} Punkte je Person, höchstens ${max} je Thema`,
		closedAt: (when) => `abgeschlossen ${when}`,
		voters: (n) => (n === 1 ? '1 Person hat Punkte vergeben' : `${n} Personen haben Punkte vergeben`),
		rank: 'Rang',
		votes: 'Punkte',
		votesInRound: (n) => `Punkte Runde ${n}`,
		topic: 'Thema',
		byInstitution: 'Nach Institution',
		otherGroup: 'Weitere',
		noRounds: 'Es wurde keine Punkterunde abgeschlossen.',
		clusters: 'Themen und Karten',
		cardCount: (n) => (n === 1 ? '1 Karte' : `${n} Karten`),
		card: 'Karte',
		category: 'Kategorie',
		unsorted: 'Karten ohne Thema',
		none: 'Keine.',
		actionPlan: 'Maßnahmenplan',
		action: 'Maßnahme',
		owner: 'Verantwortlich',
		contact: 'Kontakt',
		due: 'Frist',
		status: 'Status',
		statuses: { open: 'offen', in_progress: 'in Arbeit', stuck: 'stockt', done: 'erledigt' },
		notes: 'Notizen',
		history: 'Verlauf',
		historyActor: {
			participant: 'Teilnehmende',
			participantFrom: (institution) => `Teilnehmende (${institution})`,
			kerngruppe: (label) => `Kerngruppe (${label})`,
			owner: (owner) => `Verantwortlich (${owner})`,
			board: 'Pinnwand'
		},
		gaps: 'Angebote und Lücken',
		gapsIntro: 'Für jedes Thema: Angebote, die jungen Menschen mit diesem Aufenthaltsstatus offenstehen. „Lücke“: keines ist sicher offen.',
		gap: 'Lücke',
		residence: { gestattung: 'Aufenthaltsgestattung', duldung: 'Duldung', erlaubnis: 'Aufenthaltserlaubnis', anerkannt: 'anerkannt' },
		unclear: (n) => `${n} unklar`,
		gapAction: (title, status) => `Maßnahme: ${title} (${status})`,
		fromGap: (thema, residence) => `Aus der Lücke: ${thema} – ${residence}`,
		page: (page, pages) => `Seite ${page} von ${pages}`,
		generated: (when) => `Erstellt am ${when}`,
		calendarName: (title) => `Maßnahmen: ${title}`
	},
	en: {
		report: 'Workshop report',
		municipality: 'Municipality',
		date: 'Date',
		place: 'Place',
		facilitators: 'Facilitation',
		participants: 'Participants',
		institutionsPresent: 'Institutions present',
		otherInstitution: 'Other institution',
		phasesHeld: 'Phases held',
		phases: {
			ankommen: 'Arrival',
			rueckblick: 'Review',
			sammeln: 'Collect',
			clustern: 'Cluster',
			punkten: 'Dot voting',
			massnahmen: 'Action items',
			abschluss: 'Closing'
		},
		priorities: 'Priorities',
		round: (n) => `Round ${n}`,
		roundColumn: 'Round',
		roundRules: (budget, max) => `${budget} dots per person, at most ${max} per topic`,
		closedAt: (when) => `closed ${when}`,
		voters: (n) => (n === 1 ? '1 person voted' : `${n} people voted`),
		rank: 'Rank',
		votes: 'Dots',
		votesInRound: (n) => `Dots round ${n}`,
		topic: 'Topic',
		byInstitution: 'By institution type',
		otherGroup: 'Other',
		noRounds: 'No voting round was closed.',
		clusters: 'Topics and cards',
		cardCount: (n) => (n === 1 ? '1 card' : `${n} cards`),
		card: 'Card',
		category: 'Category',
		unsorted: 'Cards without a topic',
		none: 'None.',
		actionPlan: 'Action plan',
		action: 'Action item',
		owner: 'Owner',
		contact: 'Contact',
		due: 'Due',
		status: 'Status',
		statuses: { open: 'open', in_progress: 'in progress', stuck: 'stuck', done: 'done' },
		notes: 'Notes',
		history: 'History',
		historyActor: {
			participant: 'Participant',
			participantFrom: (institution) => `Participant (${institution})`,
			kerngruppe: (label) => `Steering group (${label})`,
			owner: (owner) => `Owner (${owner})`,
			board: 'Pinnwand'
		},
		gaps: 'Offers and gaps',
		gapsIntro: 'For each topic: offers open to young people with this residence status. “Gap”: none is surely open.',
		gap: 'Gap',
		residence: { gestattung: 'Aufenthaltsgestattung', duldung: 'Duldung', erlaubnis: 'Aufenthaltserlaubnis', anerkannt: 'recognised' },
		unclear: (n) => `${n} unclear`,
		gapAction: (title, status) => `Action item: ${title} (${status})`,
		fromGap: (thema, residence) => `From the gap: ${thema} – ${residence}`,
		page: (page, pages) => `Page ${page} of ${pages}`,
		generated: (when) => `Generated on ${when}`,
		calendarName: (title) => `Action items: ${title}`
	}
} satisfies Record<ExportLocale, ExportLabels>;

export function labelsFor(locale: ExportLocale): ExportLabels {
	return LABELS[locale];
}
