import type { CardLanguage } from '../../src/lib/board/card-languages.ts';
import { STARTER_TEMPLATE } from '../../src/lib/board/templates.ts';
import {
	REPORT_VERSION,
	type ActionStatus,
	type BreakdownRow,
	type RankedTarget,
	type ReportAction,
	type ReportCard,
	type ReportCluster,
	type VotingRound,
	type WorkshopReport
} from '../../src/lib/server/export/report.ts';

/**
 * A realistic STARTER workshop report for tests and the export benchmark. Deterministic: the same
 * sizes give the same report. Names and texts in several scripts are always present (the
 * `SPECIAL_CARDS` and the facilitators), so a renderer test can look for them.
 */
export interface SampleSize {
	cards?: number;
	clusters?: number;
	actions?: number;
}

export const FACILITATORS = ['Savaş Beltir', 'Kübra Öztürk'];
export const ARABIC_GREETING = 'مرحبا بكم';
export const SPECIAL_CARDS = [
	'Savaş Beltir (Jobcenter): feste Ansprechpersonen für junge Geflüchtete über 18',
	'Kübra Öztürk fragt: Wer übernimmt die Kinderbetreuung während der Sprachkurse?',
	'Łukasz vom Berufskolleg bietet eine Praktikumsbörse für Zugewanderte an',
	'Олена braucht die Anerkennung ihres ukrainischen Abschlusses als Erzieherin',
	`Begrüßung im Jugendzentrum auf Arabisch: ${ARABIC_GREETING} – und auf Deutsch`,
	`${ARABIC_GREETING} في الورشة`
];

/**
 * Translations of two special cards: the German question into Arabic and Turkish, the Arabic
 * card into German. Keyed by the card's index in `SPECIAL_CARDS`.
 */
export const TRANSLATIONS: Record<number, { lang: CardLanguage; translations: ReportCard['translations'] }> = {
	1: {
		lang: 'de',
		translations: [
			{ lang: 'ar', text: 'من يتولى رعاية الأطفال أثناء دورات اللغة؟' },
			{ lang: 'tr', text: 'Dil kursları sırasında çocuk bakımını kim üstleniyor?' }
		]
	},
	5: { lang: 'ar', translations: [{ lang: 'de', text: 'Herzlich willkommen im Workshop' }] }
};

const CLUSTER_TITLES = [
	'Sprachförderung während der Ausbildung',
	'Kinderbetreuung für junge Eltern',
	'Bürokratie & Behörden entwirren',
	'Kompetenzfeststellung und Anerkennung',
	'Praktika und Praxiserfahrung',
	'Übergang Schule – Ausbildung',
	'Wohnraum für Auszubildende',
	'Psychosoziale Gesundheit',
	'Aufenthaltsrecht und Beschäftigungsduldung',
	'Mobilität im ländlichen Raum',
	'Lotsen und Patenschaften',
	'Digitale Zugänge zu Ämtern',
	'Berufsorientierung an Berufskollegs',
	'Zusammenarbeit Jobcenter und Ausländerbehörde',
	'Einbindung der Betriebe',
	'Frauen in Ausbildung'
];
const CLUSTER_FOCI = ['für junge Mütter', 'im ländlichen Raum', 'am Berufskolleg', 'nach dem Integrationskurs'];

const CATEGORIES = STARTER_TEMPLATE.categories;

const INSTITUTIONS: [string, number][] = [
	['Jobcenter', 6],
	['Agentur für Arbeit', 4],
	['Ausländerbehörde', 3],
	['Berufskolleg', 5],
	['Jugendmigrationsdienst', 4],
	['IHK', 2],
	['Kreishandwerkerschaft', 2],
	['Kommunales Integrationszentrum', 4],
	['Ehrenamt', 7]
];

const OPENINGS = ['Problem:', 'Wunsch:', 'Idee:', 'Gute Erfahrung:', 'Lücke:', 'Frage an alle:', 'Uns fehlen'];
const SUBJECTS = [
	'Sprachkurse mit Kinderbetreuung',
	'Ansprechpersonen in der Ausländerbehörde',
	'Praktikumsplätze in Handwerksbetrieben',
	'Beratung zur Anerkennung ausländischer Abschlüsse',
	'Wohnungen für Auszubildende',
	'Fahrkarten für den Weg zur Berufsschule',
	'Termine beim Jobcenter',
	'Übersetzungen von Bescheiden',
	'Mentoring durch Ehrenamtliche',
	'Informationen zur Ausbildungsduldung'
];
const ENDINGS = [
	'',
	', besonders für junge Mütter.',
	' – das dauert oft Monate.',
	'; Betriebe wissen davon zu wenig.',
	'. Vorschlag: ein Runder Tisch pro Quartal mit allen Beteiligten, damit Fälle nicht zwischen den Zuständigkeiten verloren gehen und Rückfragen schneller geklärt werden.',
	' (siehe Beispiel aus Gelsenkirchen).'
];

const OWNERS = ['Jobcenter', 'Kommunales Integrationszentrum', 'Berufskolleg', 'IHK', 'Ausländerbehörde'];
const CONTACTS = [
	'Łukasz Nowak, +49 2361 50-1234',
	'Олена Коваленко, olena.kovalenko@kreis-beispiel.de',
	'Kübra Öztürk',
	'-',
	'@KI-Team, Raum 2.14'
];
const STATUSES: ActionStatus[] = ['open', 'in_progress', 'stuck', 'done'];
const STUCK_REASON = 'Kein Raum frei, Träger sucht weiter';

/** Same numbers for the same seed: mulberry32. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function sampleReport({ cards = 60, clusters = 8, actions = 6 }: SampleSize = {}): WorkshopReport {
	const next = random(cards * 7919 + clusters * 31 + actions);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const clusterList: ReportCluster[] = Array.from({ length: clusters }, (_, i) => ({
		id: `cluster-${i + 1}`,
		title: clusterTitle(i),
		cards: []
	}));
	const unsortedCards: ReportCard[] = [];
	for (let i = 0; i < cards; i++) {
		const text =
			i < SPECIAL_CARDS.length ? SPECIAL_CARDS[i]! : `${pick(OPENINGS)} ${pick(SUBJECTS)}${pick(ENDINGS)}`;
		const card: ReportCard = { id: `card-${i + 1}`, text, category: pick(CATEGORIES), lang: 'de', translations: [], ...TRANSLATIONS[i] };
		if (clusterList.length === 0 || i % 20 === 19) unsortedCards.push(card);
		else clusterList[i % clusterList.length]!.cards.push(card);
	}
	const participants = INSTITUTIONS.reduce((total, [, count]) => total + count, 0);
	return {
		version: REPORT_VERSION,
		workshop: {
			id: 'workshop-recklinghausen',
			title: 'STARTER-Workshop „Gemeinsam klappt’s“ im Kreis Recklinghausen',
			municipality: 'Kreis Recklinghausen',
			date: '2025-03-12',
			place: 'Rathaus Recklinghausen, Ratssaal',
			facilitators: FACILITATORS
		},
		participation: {
			participants,
			institutions: INSTITUTIONS.map(([name, count]) => ({ name, count }))
		},
		phases: [
			{ phase: 'ankommen', at: '2025-03-12T08:02:00.000Z' },
			{ phase: 'sammeln', at: '2025-03-12T08:20:00.000Z' },
			{ phase: 'clustern', at: '2025-03-12T09:05:00.000Z' },
			{ phase: 'punkten', at: '2025-03-12T10:10:00.000Z' },
			{ phase: 'massnahmen', at: '2025-03-12T10:40:00.000Z' },
			{ phase: 'abschluss', at: '2025-03-12T11:45:00.000Z' }
		],
		categories: CATEGORIES,
		votingRounds: [
			votingRound(1, clusterList, next, false, participants),
			votingRound(2, clusterList.slice(0, 10), next, true, participants)
		],
		clusters: clusterList,
		unsortedCards,
		actions: Array.from({ length: actions }, (_, i) => sampleAction(i, clusterList, pick)),
		gaps: [],
		generatedAt: '2025-03-14T09:30:00.000Z'
	};
}

function clusterTitle(i: number): string {
	const base = CLUSTER_TITLES[i % CLUSTER_TITLES.length]!;
	const focus = CLUSTER_FOCI[Math.floor(i / CLUSTER_TITLES.length) - 1];
	if (i < CLUSTER_TITLES.length) return base;
	return focus ? `${base} ${focus}` : `${base} (${i + 1})`;
}

function votingRound(
	number: number,
	clusters: ReportCluster[],
	next: () => number,
	brokenDown: boolean,
	voters: number
): VotingRound {
	const groups = brokenDown ? [...INSTITUTIONS.filter(([, count]) => count >= 3), ['', 0] as const] : [];
	const breakdown: BreakdownRow[] = groups.map(([name, count]) => ({
		institutionType: name === '' ? null : name,
		voters: name === '' ? 4 : count,
		votes: {}
	}));
	const tallies = clusters.map((cluster, i) => {
		// Two leaders with the same tally, so ties are always shown.
		const votes = i < 2 ? 30 : Math.floor(next() * 26);
		// Split among the groups by random weights in proportion to their size; the rest to the first.
		const weights = breakdown.map((row) => row.voters * next());
		const total = weights.reduce((a, b) => a + b, 0);
		const shares = weights.map((weight) => Math.floor((votes * weight) / total));
		if (shares.length > 0) shares[0]! += votes - shares.reduce((a, b) => a + b, 0);
		breakdown.forEach((row, g) => {
			if (shares[g]! > 0) row.votes[cluster.id] = shares[g]!;
		});
		return { targetId: cluster.id, title: cluster.title, votes };
	});
	tallies.sort((a, b) => b.votes - a.votes);
	const results: RankedTarget[] = tallies.map((tally) => ({
		...tally,
		rank: tallies.findIndex((other) => other.votes === tally.votes) + 1
	}));
	return {
		number,
		budget: 5,
		maxPerTarget: 3,
		closedAt: `2025-03-12T10:${number === 1 ? '25' : '38'}:00.000Z`,
		voters,
		results,
		breakdown
	};
}

function sampleAction(i: number, clusters: ReportCluster[], pick: <T>(list: readonly T[]) => T): ReportAction {
	const cluster = clusters.length > 0 ? clusters[i % clusters.length]! : null;
	const status = STATUSES[i % STATUSES.length]!;
	const history =
		status === 'open'
			? []
			: [
					{
						at: '2025-04-02T14:00:00.000Z',
						by: { kind: 'kerngruppe' as const, label: 'Kerngruppe' },
						from: 'open' as const,
						to: 'in_progress' as const,
						note: ''
					},
					...(status === 'in_progress'
						? []
						: [
								{
									at: '2025-05-07T15:30:00.000Z',
									by: { kind: 'person' as const, name: 'Олена' },
									from: 'in_progress' as const,
									to: status,
									note: status === 'stuck' ? STUCK_REASON : ''
								}
							])
				];
	return {
		id: `action-${i + 1}`,
		title: `${pick(['Runder Tisch', 'Infoabend', 'Leitfaden', 'Lotsenprogramm', 'Sprechstunde'])}: ${cluster?.title ?? 'Allgemein'}`,
		clusterId: cluster?.id ?? null,
		clusterTitle: cluster?.title ?? null,
		owner: pick(OWNERS),
		contact: pick(CONTACTS),
		due: i % 4 === 3 ? null : `2025-${String(4 + (i % 8)).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`,
		status,
		statusNote: status === 'stuck' ? STUCK_REASON : '',
		notes: i % 3 === 0 ? 'Erstes Treffen im Kreishaus; Einladung über den Verteiler der Kerngruppe.' : '',
		gap: null,
		history
	};
}

/**
 * Texts at their limits, for layout tests: a card taller than a page, words wider than any
 * column, a long Arabic paragraph with digits and brackets, an action row taller than a page.
 */
export function stressReport(): WorkshopReport {
	const report = sampleReport({ cards: 30, clusters: 4, actions: 4 });
	const longWord = `https://www.example-kommune.de/${'integration/'.repeat(30)}ausbildung`;
	const paragraph = `Die Ausbildungsduldung (§ 60c AufenthG) gilt nur, wenn die Ausbildung rechtzeitig beginnt. `;
	report.workshop.title = `${'Sehr langer Workshoptitel mit Donaudampfschifffahrtsgesellschaftskapitänsmütze '.repeat(3)}Ende`;
	report.workshop.facilitators = [...FACILITATORS, 'Łukasz Wiśniewski', 'Олена Шевченко', 'Marie-Luise Müller-Lüdenscheidt'];
	report.participation.institutions.push(
		...Array.from({ length: 30 }, (_, i) => ({ name: `Beratungsstelle ${i + 1} ${longWord.slice(0, 40 + i)}`, count: i + 1 }))
	);
	report.clusters[0]!.title = `${'Ein sehr langer Thementitel über Anerkennung, Sprache und Wohnen '.repeat(4)}Ende`;
	report.clusters[0]!.cards.push(
		{ id: 'card-long', text: `${paragraph.repeat(80)}\n\nZweiter Absatz nach Leerzeile.`, category: 'Aufenthaltsrecht', lang: 'de', translations: [] },
		{ id: 'card-url', text: `Mehr dazu: ${longWord}`, category: 'Sonstiges', lang: null, translations: [] },
		{
			id: 'card-rtl',
			text: `${ARABIC_GREETING} (٢٠٢٥) في الورشة 2025! `.repeat(12),
			category: 'Sprache',
			lang: 'ar',
			translations: [{ lang: 'de', text: `${paragraph.repeat(20)}Ende der Übersetzung.` }]
		}
	);
	const action = report.actions[0]!;
	action.title = `Leitfaden ${longWord}`;
	action.notes = paragraph.repeat(90);
	action.contact = `olena.kovalenko.${'sehr-lange-adresse.'.repeat(4)}@kreis-beispiel.de`;
	action.history = Array.from({ length: 12 }, (_, i) => ({
		at: `2025-04-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`,
		by: i % 2 ? { kind: 'kerngruppe' as const, label: 'Kerngruppe' } : { kind: 'person' as const, name: 'Олена' },
		from: i % 2 ? ('in_progress' as const) : ('open' as const),
		to: i % 2 ? ('open' as const) : ('in_progress' as const),
		note: ''
	}));
	return report;
}

/** A workshop that produced nothing yet: no phases, votes, clusters or actions. */
export function emptyReport(): WorkshopReport {
	return {
		...sampleReport({ cards: 0, clusters: 0, actions: 0 }),
		phases: [],
		votingRounds: [],
		participation: { participants: 0, institutions: [] }
	};
}
