import type { SuggestionCard } from '../../src/lib/server/suggestions/index.ts';

/**
 * Cards as participants of a STARTER workshop write them (Jobcenter, Ausländerbehörde,
 * Berufskolleg, Jugendmigrationsdienst, IHK, Kreishandwerkerschaft, volunteers). Some sit in a
 * "wrong" category or in Sonstiges on purpose, as they do on a real wall. The id prefix names the
 * topic a person would sort the card into: k childcare, s language, b authorities, a recognition,
 * p practice, e school and training, w housing, g health, r residence, v other.
 */
export const WORKSHOP_CARDS: SuggestionCard[] = [
	{ id: 'k1', text: 'Kita-Platz fehlt, Mutter kann nicht zum Sprachkurs', category: 'Kinderbetreuung' },
	{ id: 'k2', text: 'Zu wenig Betreuungsplätze für Kinder unter 3', category: 'Kinderbetreuung' },
	{ id: 'k3', text: 'Kinderbetreuung während der Ausbildung', category: 'Schule & Ausbildung' },
	{ id: 'k4', text: 'Kitas haben keine Plätze für Kinder von Geflüchteten', category: 'Sonstiges' },
	{ id: 'k5', text: 'Tagesmütter für Randzeiten bei Schichtarbeit', category: 'Kinderbetreuung' },
	{ id: 'k6', text: 'Kinderbetreuung parallel zum Integrationskurs anbieten', category: 'Sprache' },
	{ id: 's1', text: 'Fachsprache in der Berufsschule ist zu schwer', category: 'Schule & Ausbildung' },
	{ id: 's2', text: 'Deutschförderung neben der Ausbildung', category: 'Sprache' },
	{ id: 's3', text: 'Sprachkurse B2 haben lange Wartelisten', category: 'Sprache' },
	{ id: 's4', text: 'Berufsbezogene Sprachkurse (DeuFöV) auch in Teilzeit', category: 'Sprache' },
	{ id: 's5', text: 'Deutsch-Förderung im Betrieb, Ausbilder sind überfordert', category: 'Sonstiges' },
	{ id: 's6', text: 'Integrationskurs abgebrochen wegen Arbeit, kein Abendkurs', category: 'Sprache' },
	{ id: 's7', text: 'Sprachniveau reicht nicht für die Abschlussprüfung', category: 'Schule & Ausbildung' },
	{ id: 'b1', text: 'Termine bei der Ausländerbehörde dauern Monate', category: 'Bürokratie & Behörden' },
	{ id: 'b2', text: 'Zu viele Formulare, niemand erklärt sie', category: 'Bürokratie & Behörden' },
	{ id: 'b3', text: 'Anträge beim Jobcenter sind zu kompliziert', category: 'Sonstiges' },
	{
		id: 'b4',
		text: 'Behörden sprechen sich nicht ab, jede will andere Unterlagen',
		category: 'Bürokratie & Behörden'
	},
	{ id: 'b5', text: 'Bescheide in einfacher Sprache verschicken', category: 'Bürokratie & Behörden' },
	{ id: 'b6', text: 'Ausländerbehörde telefonisch nicht erreichbar', category: 'Aufenthaltsrecht' },
	{
		id: 'a1',
		text: 'Anerkennung ausländischer Abschlüsse dauert zu lang',
		category: 'Kompetenzfeststellung'
	},
	{
		id: 'a2',
		text: 'Kompetenzfeststellung für Menschen ohne Zeugnisse',
		category: 'Kompetenzfeststellung'
	},
	{
		id: 'a3',
		text: 'Informelle Kompetenzen sichtbar machen, z.B. Berufserfahrung aus dem Herkunftsland',
		category: 'Kompetenzfeststellung'
	},
	{ id: 'a4', text: 'Zeugnisse aus dem Herkunftsland werden nicht anerkannt', category: 'Sonstiges' },
	{ id: 'p1', text: 'Praktikumsplätze in Handwerksbetrieben vermitteln', category: 'Praxiserfahrung' },
	{ id: 'p2', text: 'Betriebe bieten zu selten Praktika an', category: 'Praxiserfahrung' },
	{ id: 'p3', text: 'Schnupperpraktikum vor der Ausbildung ermöglichen', category: 'Schule & Ausbildung' },
	{
		id: 'p4',
		text: 'Einstiegsqualifizierung bei Arbeitgebern bekannter machen',
		category: 'Praxiserfahrung'
	},
	{ id: 'p5', text: 'Probearbeiten scheitert an fehlender Arbeitserlaubnis', category: 'Aufenthaltsrecht' },
	{
		id: 'e1',
		text: 'Berufskolleg: Schulpflicht endet mit 18, danach kaum Angebote',
		category: 'Schule & Ausbildung'
	},
	{ id: 'e2', text: 'Ausbildungsabbrüche im ersten Lehrjahr verhindern', category: 'Schule & Ausbildung' },
	{ id: 'e3', text: 'Azubis brauchen Nachhilfe in Mathe und Fachtheorie', category: 'Schule & Ausbildung' },
	{
		id: 'e4',
		text: 'Assistierte Ausbildung (AsA flex) bei Betrieben bekannter machen',
		category: 'Sonstiges'
	},
	{ id: 'w1', text: 'Wohnungssuche ohne Schufa unmöglich', category: 'Wohnen' },
	{ id: 'w2', text: 'Junge Erwachsene leben zu lange in Sammelunterkünften', category: 'Wohnen' },
	{ id: 'w3', text: 'Vermieter lehnen Azubis mit Duldung ab', category: 'Sonstiges' },
	{ id: 'g1', text: 'Psychosoziale Beratung für Traumatisierte', category: 'Gesundheit' },
	{ id: 'g2', text: 'Lange Wartezeiten auf einen Therapieplatz', category: 'Gesundheit' },
	{ id: 'g3', text: 'Traumatisierte Jugendliche brechen Kurse ab, keine Therapie', category: 'Sonstiges' },
	{ id: 'r1', text: 'Duldung: Unsicherheit bei Ausbildungsduldung', category: 'Aufenthaltsrecht' },
	{
		id: 'r2',
		text: 'Beschäftigungsduldung und Ausbildungsduldung besser erklären',
		category: 'Aufenthaltsrecht'
	},
	{ id: 'r3', text: 'Angst vor Abschiebung trotz Ausbildungsvertrag', category: 'Aufenthaltsrecht' },
	{ id: 'v1', text: 'Fahrtkosten zum Berufskolleg werden nicht übernommen', category: 'Sonstiges' },
	{ id: 'v2', text: 'Kein Überblick, wer wofür zuständig ist', category: 'Sonstiges' },
	{ id: 'v3', text: 'Runder Tisch mit Jobcenter, IHK und Kreishandwerkerschaft', category: 'Sonstiges' }
];

/**
 * More cards in other words, written after the weights were first set, to see how far the
 * suggestions carry beyond the wording they were tuned on (a few lexicon words came from them:
 * Zimmer, WG, Prüfung, Deutschkenntnisse). Same id prefixes as above.
 */
export const MORE_WORKSHOP_CARDS: SuggestionCard[] = [
	{
		id: 'k7',
		text: 'Öffnungszeiten der Kitas passen nicht zu Schichtdiensten',
		category: 'Kinderbetreuung'
	},
	{
		id: 'k8',
		text: 'Kein Betreuungsangebot für Kleinkinder während des Deutschkurses',
		category: 'Sonstiges'
	},
	{ id: 'k9', text: 'Krippenplätze für Alleinerziehende in Ausbildung', category: 'Schule & Ausbildung' },
	{ id: 's8', text: 'Wartezeit auf Integrationskurse über ein halbes Jahr', category: 'Sprache' },
	{ id: 's9', text: 'Berufssprachkurse zu weit weg vom Wohnort', category: 'Sprache' },
	{
		id: 's10',
		text: 'Deutschkenntnisse reichen für die Berufsschule nicht',
		category: 'Schule & Ausbildung'
	},
	{ id: 's11', text: 'Sprachlernangebote am Wochenende fehlen', category: 'Sonstiges' },
	{ id: 'b7', text: 'Schreiben vom Jobcenter versteht niemand', category: 'Bürokratie & Behörden' },
	{
		id: 'b8',
		text: 'Ausländerbehörde und Jobcenter widersprechen sich',
		category: 'Bürokratie & Behörden'
	},
	{
		id: 'b9',
		text: 'Lange Bearbeitungszeiten bei Anträgen auf Arbeitserlaubnis',
		category: 'Aufenthaltsrecht'
	},
	{ id: 'b10', text: 'Ehrenamtliche Lotsen für Behördengänge', category: 'Sonstiges' },
	{ id: 'a5', text: 'Zeugnisanerkennung kostet Geld, das keiner hat', category: 'Kompetenzfeststellung' },
	{ id: 'a6', text: 'Kompetenzen aus informeller Arbeit erfassen', category: 'Sonstiges' },
	{ id: 'p6', text: 'Betriebe für Praktika gewinnen', category: 'Praxiserfahrung' },
	{ id: 'p7', text: 'Mehr Praktikumsstellen im Pflegebereich', category: 'Praxiserfahrung' },
	{ id: 'w4', text: 'Bezahlbarer Wohnraum für Auszubildende fehlt', category: 'Wohnen' },
	{ id: 'w5', text: 'WG-Zimmer für Azubis finden', category: 'Sonstiges' },
	{ id: 'g4', text: 'Therapeuten mit Dolmetscher fehlen', category: 'Gesundheit' },
	{ id: 'r4', text: 'Abschiebungsangst belastet junge Menschen psychisch', category: 'Aufenthaltsrecht' },
	{ id: 'r5', text: 'Duldungsinhaber dürfen keine Ausbildung anfangen', category: 'Aufenthaltsrecht' }
];

/** The topic a person would sort a card of these fixtures into: its id without the number. */
export function topicOf(cardId: string): string {
	return cardId.replace(/\d+$/, '');
}
