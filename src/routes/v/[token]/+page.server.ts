import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { appContext } from '$lib/server/context';
import { changeOwnerAction, OwnerPatch, ownerItems, resolveOwnerLink } from '$lib/server/plan/owner-links';
import type { Actions, PageServerLoad } from './$types';

function linkOr404(token: string) {
	const found = resolveOwnerLink(appContext().db, token);
	if (!found) error(404, { message: 'plan_unknown_link', code: 'not_found' });
	return found;
}

/** The three fields an owner reports; the form always sends all three. */
function formPatch(form: FormData): OwnerPatch {
	const field = (name: string) => String(form.get(name) ?? '');
	return v.parse(OwnerPatch, { status: field('status'), statusNote: field('statusNote'), due: field('due') });
}

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// As on the Kerngruppe page: the token is the key (src/routes/m/[token]/+page.server.ts).
	setHeaders({ 'referrer-policy': 'same-origin', 'x-robots-tag': 'noindex' });
	const found = linkOr404(params.token);
	const items = await ownerItems(appContext(), found.link, found.workshop);
	return { owner: found.link.owner, items };
};

export const actions: Actions = {
	save: async ({ params, request }) => {
		const found = linkOr404(params.token);
		const form = await request.formData();
		const actionId = String(form.get('actionId') ?? '');
		const result = await changeOwnerAction(appContext(), found, actionId, formPatch(form));
		if (!result.ok) return fail(result.code === 'not_found' ? 404 : 400, { actionId, field: result.field, code: result.code });
		return { actionId, saved: true };
	}
};
