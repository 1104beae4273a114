import type { ParamMatcher } from '@sveltejs/kit';

/** Whose Angebote the API serves: /api/buendnisse/:id/… or /api/workshops/:id/… (a workshop without a Bündnis). */
export const match = ((param: string): param is 'buendnisse' | 'workshops' => param === 'buendnisse' || param === 'workshops') satisfies ParamMatcher;
