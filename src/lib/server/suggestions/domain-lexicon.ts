/*
 * Why a hand-made lexicon: stemming only joins forms of one word (Sprachkurs, Sprachkurse), yet
 * participants name one need in many words — "Kita", "Tagesmutter" and "Betreuungsplatz" all mean
 * childcare, "B2", "Integrationskurs" and "Deutschförderung" all mean language. No German thesaurus
 * fits a self-hosted server without network, and the STARTER workshop has a known, narrow set of
 * topics (the template's categories), so a small list per topic is enough and stays reviewable.
 * Words are written as people write them; they are matched after stemming and compound splitting.
 */

export interface Concept {
	id: string;
	/** Shown as the title of a suggested group. */
	title: string;
	words: readonly string[];
	/** Below 1 for a concept that is the backdrop of many cards rather than their topic. */
	weight?: number;
}

export const CONCEPTS: readonly Concept[] = [
	{
		id: 'kinderbetreuung',
		title: 'Kinderbetreuung',
		words: [
			'Kinderbetreuung', 'Kita', 'Kitaplatz', 'Kindergarten', 'Krippe', 'Kindertagesstätte', 'Tagespflege',
			'Kindertagespflege', 'Tagesmutter', 'Tagesmütter', 'Betreuungsplatz', 'U3', 'OGS', 'Babysitter'
		]
	},
	{
		id: 'sprache',
		title: 'Sprache',
		words: [
			'Sprache', 'Deutsch', 'Sprachkurs', 'Deutschkurs', 'Integrationskurs', 'Sprachförderung',
			'Deutschförderung', 'Fachsprache', 'Berufssprache', 'Sprachniveau', 'Sprachkenntnisse', 'Deutschkenntnisse',
			'DeuFöV',
			'Dolmetscher', 'Sprachmittler', 'Übersetzung', 'Alphabetisierung', 'A1', 'A2', 'B1', 'B2', 'C1', 'DTB'
		]
	},
	{
		id: 'behoerden',
		title: 'Behörden',
		words: [
			'Behörde', 'Ausländerbehörde', 'Amt', 'Sozialamt', 'Jobcenter', 'BAMF', 'Bürokratie', 'Formular',
			'Antrag', 'Bescheid', 'Verwaltung', 'Unterlagen', 'Papierkram', 'Sachbearbeiter', 'Zuständigkeit'
		]
	},
	{
		id: 'anerkennung',
		title: 'Anerkennung & Kompetenzen',
		words: [
			'Anerkennung', 'anerkannt', 'Kompetenzfeststellung', 'Kompetenz', 'Abschluss', 'Zeugnis',
			'Qualifikation', 'Teilqualifikation', 'Berufserfahrung', 'Potenzialanalyse', 'Gleichwertigkeit'
		]
	},
	{
		id: 'praxis',
		title: 'Praxiserfahrung',
		words: [
			'Praktikum', 'Praktika', 'Praktikumsplatz', 'Schnupperpraktikum', 'Hospitation', 'Probearbeit',
			'Probearbeiten', 'Praxis', 'Praxiserfahrung', 'Einstiegsqualifizierung', 'EQ', 'Betriebsbesuch'
		]
	},
	{
		id: 'ausbildung',
		title: 'Schule & Ausbildung',
		// Most cards of the day happen during or on the way to training ("Deutschförderung neben
		// der Ausbildung", "Kinderbetreuung während der Ausbildung"): as strong as the others,
		// it would pull every such card away from its real topic.
		weight: 0.8,
		words: [
			'Ausbildung', 'Berufsausbildung', 'Ausbildungsplatz', 'Berufsschule', 'Berufskolleg', 'Azubi',
			'Auszubildende', 'Lehrjahr', 'Lehrstelle', 'Schulpflicht', 'Schulabschluss', 'Nachhilfe', 'Prüfung', 'AsA'
		]
	},
	{
		id: 'wohnen',
		title: 'Wohnen',
		words: [
			'Wohnen', 'Wohnung', 'Wohnungssuche', 'Wohnraum', 'Unterkunft', 'Sammelunterkunft', 'Miete',
			'Vermieter', 'Schufa', 'Wohnberechtigungsschein', 'WBS', 'Umzug', 'Zimmer', 'WG'
		]
	},
	{
		id: 'gesundheit',
		title: 'Gesundheit',
		words: [
			'Gesundheit', 'Arzt', 'Therapie', 'Therapieplatz', 'Psychotherapie', 'Trauma', 'traumatisiert',
			'Traumatisierte', 'psychosozial', 'psychisch', 'Krankenkasse', 'Krankenversicherung'
		]
	},
	{
		id: 'aufenthalt',
		title: 'Aufenthaltsrecht',
		words: [
			'Duldung', 'Ausbildungsduldung', 'Beschäftigungsduldung', 'Aufenthalt', 'Aufenthaltserlaubnis',
			'Aufenthaltstitel', 'Aufenthaltsstatus', 'Abschiebung', 'Asyl', 'Asylverfahren', 'Arbeitserlaubnis',
			'Beschäftigungserlaubnis', 'Bleiberecht', 'Fiktionsbescheinigung', 'Identitätsklärung'
		]
	},
	{
		id: 'mobilitaet',
		title: 'Mobilität',
		words: ['Mobilität', 'Fahrtkosten', 'Ticket', 'Deutschlandticket', 'ÖPNV', 'Bus', 'Führerschein']
	},
	{
		id: 'vernetzung',
		title: 'Vernetzung',
		words: [
			'Vernetzung', 'Netzwerk', 'Austausch', 'Absprache', 'Kooperation', 'Zusammenarbeit', 'zuständig',
			'Ansprechpartner', 'Ansprechperson', 'Überblick', 'Koordination', 'Tisch'
		]
	},
	{
		id: 'begleitung',
		title: 'Begleitung',
		words: ['Begleitung', 'Mentor', 'Mentoring', 'Pate', 'Patenschaft', 'Coaching', 'Ehrenamt', 'Lotse']
	}
];

/**
 * Parts that German compounds of this field are built from, so that "Kinderbetreuung" shares
 * "Betreuung" with "Betreuungsplatz". The cards themselves add their own words at run time.
 */
export const COMPOUND_PARTS: readonly string[] = [
	'kind', 'kinder', 'betreuung', 'platz', 'sprache', 'kurs', 'deutsch', 'förderung', 'fach', 'beruf',
	'schule', 'ausländer', 'behörde', 'praktikum', 'ausbildung', 'duldung', 'wohnung', 'suche', 'handwerk',
	'betrieb', 'arbeit', 'markt', 'integration', 'anerkennung', 'abschluss', 'kompetenz', 'feststellung',
	'stelle', 'termin', 'amt', 'sozial', 'jugend', 'migration', 'dienst', 'beratung', 'kosten', 'fahrt',
	'angebot', 'lehrer', 'gruppe', 'pflege', 'warte', 'liste', 'zeit', 'erlaubnis', 'aufenthalt',
	'beschäftigung', 'verfahren', 'geld', 'leistung', 'unterkunft', 'raum', 'netz', 'information', 'eltern',
	'mutter', 'mütter', 'kenntnis', 'niveau', 'unterricht', 'vorbereitung', 'begleitung', 'pate', 'person',
	'partner', 'bildung', 'qualifikation', 'schein', 'bescheid', 'antrag', 'formular', 'prüfung', 'nachweis',
	'zeugnis', 'erfahrung', 'praxis', 'job', 'center', 'agentur', 'kammer', 'therapie', 'trauma', 'wohn',
	'sammel', 'schnupper', 'probe', 'einstieg', 'qualifizierung', 'theorie', 'lehr', 'jahr', 'pflicht',
	'abbruch', 'vertrag', 'tag', 'alltag', 'frau', 'mann'
];
