import * as v from 'valibot';
import { optionalText, parse, text, type Parsed } from '../http/validation.ts';
import type { FeedbackInput } from './feedback.ts';

export const FEEDBACK_LIMITS = { message: 2000, contact: 200, page: 300 } as const;

const schema = v.object({
	message: text('message', FEEDBACK_LIMITS.message),
	contact: optionalText('contact', FEEDBACK_LIMITS.contact),
	page: optionalText('page', FEEDBACK_LIMITS.page)
});

/** The fields as typed, to show them again beside an error. */
export function feedbackValues(form: FormData): FeedbackInput {
	const field = (name: keyof FeedbackInput) => {
		const value = form.get(name);
		// Past the limit, so that validation says "too long" and the text comes back whole; capped, so that a huge body is not echoed.
		return typeof value === 'string' ? value.slice(0, FEEDBACK_LIMITS[name] * 2) : '';
	};
	return { message: field('message'), contact: field('contact'), page: field('page') };
}

export function parseFeedback(values: FeedbackInput): Parsed<FeedbackInput> {
	return parse(schema, values);
}
