import { error } from '@sveltejs/kit';
import { angebotTexts } from '$lib/board/angebote';
import { listPage } from '$lib/board/angebote-list';
import { createFromForm, saveFromForm } from '$lib/server/angebote/angebot-form';
import { listAngebote } from '$lib/server/angebote/angebote';
import { angeboteListVersion } from '$lib/server/angebote/list-version';
import { ownerOf, type AngebotOwner } from '$lib/server/angebote/owner';
import { getBuendnis } from '$lib/server/buendnis/buendnisse';
import { appContext } from '$lib/server/context';
import { resolveShareLink } from '$lib/server/plan/share-links';
import type { Actions, PageServerLoad } from './$types';

/**
 * The Angebote of the list this Kerngruppe link's workshop is on (its Bündnis', or its own while
 * it has none), kept current by the partners without an account: adding and changing only.
 * Deleting stays with the facilitator: a link travels further than an account, and a deleted
 * Angebot leaves no trace, while a wrong change is simply changed back. What is public is the
 * facilitator's call too (the toggle on the Angebote page), so a change here never makes
 * anything public.
 */
function linkedList(token: string): { owner: AngebotOwner; name: string } {
	const { db } = appContext();
	const found = resolveShareLink(db, token);
	// Unknown and revoked links alike, as on the Maßnahmenplan (../+page.server.ts).
	if (!found) error(404, { message: 'plan_unknown_link', code: 'not_found' });
	const owner = ownerOf(found.workshop);
	const buendnis = owner.kind === 'buendnis' ? getBuendnis(db, owner.id) : undefined;
	return { owner, name: buendnis?.name ?? found.workshop.title };
}

export const load: PageServerLoad = ({ params, url, setHeaders }) => {
	// The token is the key, as on the Maßnahmenplan.
	setHeaders({ 'referrer-policy': 'same-origin', 'x-robots-tag': 'noindex' });
	const { owner, name } = linkedList(params.token);
	// Before the list, as on the facilitator's page: a change in between costs a reload, not a miss.
	const version = angeboteListVersion(appContext().db, owner);
	const angebote = listAngebote(appContext().db, owner);
	const editing = angebote.find((a) => a.id === url.searchParams.get('edit'));
	const search = url.searchParams.get('suche')?.trim() ?? '';
	const { shown, ...list } = listPage(angebote, search, url.searchParams.get('seite'));
	return {
		owner: { kind: owner.kind, name },
		total: angebote.length,
		version,
		versionUrl: `/api/plan/${encodeURIComponent(params.token)}/angebote/version`,
		search,
		list: { ...list, shown: shown.map(({ id, title, provider, place, published }) => ({ id, title, provider, place, published })) },
		editing: editing ? { angebotId: editing.id, title: editing.title, values: angebotTexts(editing) } : null
	};
};

export const actions: Actions = {
	add: async ({ params, request }) => createFromForm(appContext().db, linkedList(params.token).owner, await request.formData()),
	save: async ({ params, request }) => saveFromForm(appContext().db, linkedList(params.token).owner, await request.formData())
};
