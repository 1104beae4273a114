import type { ParamMatcher } from '@sveltejs/kit';

/**
 * Whose Angebote page: a Bündnis' (/buendnis/:id/angebote) or, for a workshop without a
 * Bündnis, the workshop's own (/w/:id/angebote). One page serves both lists.
 */
export const match = ((param: string): param is 'buendnis' | 'w' => param === 'buendnis' || param === 'w') satisfies ParamMatcher;
