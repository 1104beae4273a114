import { m } from '$lib/paraglide/messages.js';

/** Words for the error codes that validation returns (see src/lib/server/http/validation.ts). */
export function fieldError(code: string | undefined): string | undefined {
	switch (code) {
		case undefined:
			return undefined;
		case 'required':
			return m.error_required();
		case 'too_long':
			return m.error_too_long();
		case 'too_short':
			return m.error_too_short();
		case 'too_many':
			return m.error_too_many();
		case 'invalid_email':
			return m.error_invalid_email();
		case 'taken':
			return m.error_taken();
		case 'unknown':
			return m.error_unknown();
		case 'not_found':
			return m.error_not_found();
		case 'range':
			return m.error_range();
		default:
			return m.error_invalid();
	}
}
