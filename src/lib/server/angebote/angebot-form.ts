import { ANGEBOT_FIELDS, parseAngebot, type Angebot, type AngebotField } from '../../board/angebote.ts';

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
