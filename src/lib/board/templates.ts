import type { Phase } from './facilitator-state.ts';

/** What a new workshop starts with; every list is editable per workshop. */
export interface WorkshopTemplate {
	id: string;
	/** The phases the stepper offers, in order; a new workshop starts in the first. */
	phases: readonly Phase[];
	/** A Folgetreffen reviews a Bündnis' Maßnahmen, so it cannot exist outside one. */
	needsBuendnis: boolean;
	categories: string[];
	institutionTypes: string[];
}

export const STARTER_TEMPLATE: WorkshopTemplate = {
	id: 'starter',
	phases: ['ankommen', 'sammeln', 'clustern', 'punkten', 'massnahmen', 'abschluss'],
	needsBuendnis: false,
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

/**
 * The Bündnis meets again: first the Rückblick on what became of its Maßnahmen, then, where the
 * group wants them, the usual phases for new needs and new Maßnahmen.
 */
export const FOLGETREFFEN_TEMPLATE: WorkshopTemplate = {
	...STARTER_TEMPLATE,
	id: 'folgetreffen',
	phases: ['rueckblick', 'sammeln', 'clustern', 'punkten', 'massnahmen', 'abschluss'],
	needsBuendnis: true
};

export const TEMPLATES: Record<string, WorkshopTemplate> = { starter: STARTER_TEMPLATE, folgetreffen: FOLGETREFFEN_TEMPLATE };
export const TEMPLATE_IDS = Object.keys(TEMPLATES) as [string, ...string[]];

/** A workshop's phases; one imported with a template this instance does not know gets STARTER's. */
export function phasesOf(templateId: string): readonly Phase[] {
	return (TEMPLATES[templateId] ?? STARTER_TEMPLATE).phases;
}
