import { error } from '@sveltejs/kit';
import { themaKey } from '$lib/board/angebote';
import { publicThemen } from '$lib/board/angebote-public';
import { publicAngebote } from '$lib/server/angebote/public-angebote';
import { appContext } from '$lib/server/context';
import type { PageServerLoad } from './$types';

/**
 * A public list (a Bündnis' or a workshop's), for anyone with the link and without a session: the published
 * Angebote only (public-angebote.ts). `?thema=` narrows it to one Thema, by a plain link, so it
 * works on any phone without script.
 */
export const load: PageServerLoad = ({ params, url, setHeaders }) => {
	// Public for whom the facilitators give the link, not for search engines: contacts name people.
	setHeaders({ 'x-robots-tag': 'noindex' });
	const list = publicAngebote(appContext().db, params.id);
	if (!list) error(404, { message: 'not_found', code: 'not_found' });
	const themen = publicThemen(list.angebote);
	const chosen = themen.find((t) => themaKey(t.thema) === themaKey(url.searchParams.get('thema') ?? ''));
	return {
		owner: list.owner,
		themen,
		thema: chosen?.thema ?? null,
		total: list.angebote.length,
		angebote: chosen ? list.angebote.filter((a) => a.categories.some((c) => themaKey(c) === themaKey(chosen.thema))) : list.angebote
	};
};
