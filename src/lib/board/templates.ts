/** What a new workshop starts with; every list is editable per workshop. */
export interface WorkshopTemplate {
	id: string;
	categories: string[];
	institutionTypes: string[];
}

export const STARTER_TEMPLATE: WorkshopTemplate = {
	id: 'starter',
	categories: [
		'Sprache',
		'Kinderbetreuung',
		'Bürokratie & Behörden',
		'Kompetenzfeststellung',
		'Praxiserfahrung',
		'Schule & Ausbildung',
		'Wohnen',
		'Gesundheit',
		'Aufenthaltsrecht',
		'Sonstiges'
	],
	institutionTypes: [
		'Jobcenter',
		'Agentur für Arbeit',
		'Ausländerbehörde',
		'Berufskolleg',
		'Jugendmigrationsdienst',
		'IHK',
		'Kreishandwerkerschaft',
		'Kommunales Integrationszentrum',
		'Ehrenamt',
		'Kommunalverwaltung'
	]
};

export const TEMPLATES: Record<string, WorkshopTemplate> = { starter: STARTER_TEMPLATE };
export const TEMPLATE_IDS = Object.keys(TEMPLATES) as [string, ...string[]];
