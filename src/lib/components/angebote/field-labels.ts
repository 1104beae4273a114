import type { AngebotField, Outcome } from '$lib/board/angebote';
import { m } from '$lib/paraglide/messages.js';

/** The name of each field of an Angebot, in the reader's language (import mapping, problems). */
export const ANGEBOT_FIELD_LABELS: Record<AngebotField, () => string> = {
	title: m.angebot_field_title,
	provider: m.angebot_field_provider,
	description: m.angebot_field_description,
	ageFrom: m.angebot_field_agefrom,
	ageTo: m.angebot_field_ageto,
	'access.gestattung': m.angebot_field_access_gestattung,
	'access.duldung': m.angebot_field_access_duldung,
	'access.erlaubnis': m.angebot_field_access_erlaubnis,
	'access.anerkannt': m.angebot_field_access_anerkannt,
	languageLevel: m.angebot_field_languagelevel,
	place: m.angebot_field_place,
	costs: m.angebot_field_costs,
	capacity: m.angebot_field_capacity,
	contact: m.angebot_field_contact,
	link: m.angebot_field_link,
	categories: m.angebot_field_categories,
	before: m.angebot_field_before,
	after: m.angebot_field_after,
	outcome: m.angebot_field_outcome
};

/** Where an Angebot leads, as the form offers it and the list shows it. */
export const OUTCOME_LABELS: Record<Outcome, () => string> = {
	'': m.angebot_outcome_none,
	ausbildung: m.angebot_outcome_ausbildung,
	arbeit: m.angebot_outcome_arbeit
};
