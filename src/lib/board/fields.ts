import { fail, ok, type BoardResult } from './result.ts';

/** Input limits; the UI uses the same numbers for its `maxlength`. */
export const LIMITS = {
	cardText: 280,
	category: 60,
	authorKey: 64,
	clusterTitle: 120,
	actionTitle: 200,
	owner: 200,
	contact: 200,
	notes: 2000,
	statusNote: 500
} as const;

export interface TextRule {
	max: number;
	required?: boolean;
}

/**
 * Trimmed text within `max` characters (UTF-16 units, as the browser's `maxlength` counts);
 * `required` refuses the empty string. Callers may pass unchecked input, hence `unknown`.
 */
export function cleanText(field: string, value: unknown, rule: TextRule): BoardResult<string> {
	if (typeof value !== 'string') return fail(field, 'invalid');
	const trimmed = value.trim();
	if (rule.required && trimmed === '') return fail(field, 'required');
	if (trimmed.length > rule.max) return fail(field, 'too_long');
	return ok(trimmed);
}

/** Cleans every field of `input` that has a rule and a value; the first failure is returned. */
export function cleanTexts<T extends object>(
	input: T,
	rules: Readonly<Record<string, TextRule>>
): BoardResult<T> {
	const out: Record<string, unknown> = { ...(input as Record<string, unknown>) };
	for (const [field, rule] of Object.entries(rules)) {
		if (out[field] === undefined) continue;
		const cleaned = cleanText(field, out[field], rule);
		if (!cleaned.ok) return cleaned;
		out[field] = cleaned.value;
	}
	return ok(out as T);
}
