import { fail } from '@sveltejs/kit';
import { ANGEBOT_FIELDS, angebotTexts, parseAngebot, type Angebot, type AngebotField } from '../../board/angebote.ts';
import type { Db } from '../db/open.ts';
import { addAngebote, updateAngebot } from './angebote.ts';
import type { AngebotOwner } from './owner.ts';

export type AngebotFormResult =
	| { ok: true; value: Angebot }
	| { ok: false; values: Record<AngebotField, string>; errors: Partial<Record<AngebotField, string>> };

/**
 * An Angebot from a posted AngebotForm, with the rules of parseAngebot. When refused, the texts
 * as sent and an error code per field, so the form shows them again and nothing typed is lost.
 */
export function angebotFromForm(form: FormData): AngebotFormResult {
	const values = Object.fromEntries(ANGEBOT_FIELDS.map((field) => [field, String(form.get(field) ?? '')])) as Record<AngebotField, string>;
	const parsed = parseAngebot(values);
	if (parsed.ok) return parsed;
	return { ok: false, values, errors: Object.fromEntries(parsed.errors.map((e) => [e.field, e.code])) };
}

/** The form for a new Angebot, posted by the facilitator or the Kerngruppe. */
export function createFromForm(db: Db, owner: AngebotOwner, form: FormData) {
	const parsed = angebotFromForm(form);
	if (!parsed.ok) return fail(400, { create: { values: parsed.values, errors: parsed.errors } });
	addAngebote(db, owner, [parsed.value]);
	return { created: parsed.value.title };
}

/** The edit form of a stored Angebot. Deleted meanwhile: what was typed moves to the form for a new one. */
export function saveFromForm(db: Db, owner: AngebotOwner, form: FormData) {
	const angebotId = String(form.get('angebotId') ?? '');
	const parsed = angebotFromForm(form);
	if (!parsed.ok) return fail(400, { edit: { angebotId, values: parsed.values, errors: parsed.errors } });
	if (!updateAngebot(db, owner, angebotId, parsed.value)) return fail(404, { gone: true, create: { values: angebotTexts(parsed.value), errors: {} } });
	return { saved: parsed.value.title };
}
