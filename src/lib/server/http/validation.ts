import * as v from 'valibot';

/**
 * Input rules shared by form actions, JSON endpoints and the CLI. Every issue message is
 * "field:code"; the web layer turns codes into words of the visitor's language.
 */
export type FieldErrors = Record<string, string>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function parse<const S extends v.GenericSchema>(schema: S, input: unknown): Parsed<v.InferOutput<S>> {
	const result = v.safeParse(schema, input);
	if (result.success) return { ok: true, value: result.output };
	const errors: FieldErrors = {};
	for (const issue of result.issues) {
		const [field, code] = splitMessage(issue.message, issue);
		errors[field] ??= code;
	}
	return { ok: false, errors };
}

function splitMessage(message: string, issue: v.BaseIssue<unknown>): [string, string] {
	const match = /^([a-zA-Z.]+):([a-z_]+)$/.exec(message);
	if (match) return [match[1]!, match[2]!];
	const field = issue.path?.map((p) => String(p.key)).join('.') || 'body';
	return [field, 'invalid'];
}

export const text = (field: string, max: number) =>
	v.pipe(v.string(`${field}:required`), v.trim(), v.nonEmpty(`${field}:required`), v.maxLength(max, `${field}:too_long`));

export const optionalText = (field: string, max: number) =>
	v.optional(v.pipe(v.string(`${field}:invalid`), v.trim(), v.maxLength(max, `${field}:too_long`)), '');

/** A list of short labels (categories, member institutions): trimmed, blanks dropped, each once. */
export const labels = (field: string, min: number) =>
	v.pipe(
		v.array(v.pipe(v.string(`${field}:invalid`), v.trim(), v.maxLength(60, `${field}:too_long`)), `${field}:invalid`),
		v.filterItems((label) => label.length > 0),
		v.transform((list) => [...new Set(list)]),
		v.minLength(min, `${field}:required`),
		v.maxLength(30, `${field}:too_many`)
	);

export const email = v.pipe(
	v.string('email:required'),
	v.trim(),
	v.nonEmpty('email:required'),
	v.maxLength(254, 'email:too_long'),
	v.email('email:invalid_email'),
	v.toLowerCase()
);
