import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { ActionInput, changeAction, createAction, readActionPlan } from '$lib/server/plan/action-plan';
import { appContext } from '$lib/server/context';
import { planActor } from '$lib/server/plan/plan-access';
import { resolveShareLink } from '$lib/server/plan/share-links';
import type { Actions, PageServerLoad } from './$types';

function linkOr404(token: string) {
	const found = resolveShareLink(appContext().db, token);
	if (!found) error(404, { message: 'plan_unknown_link', code: 'not_found' });
	return found;
}

function formInput(form: FormData) {
	const field = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : undefined;
	};
	const clusterId = field('clusterId');
	return v.parse(ActionInput, {
		title: field('title'),
		clusterId: clusterId === undefined ? undefined : clusterId || null,
		owner: field('owner'),
		contact: field('contact'),
		due: field('due'),
		status: field('status'),
		statusNote: field('statusNote'),
		notes: field('notes')
	});
}

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// The token is the key: keep it out of other sites' Referer headers and out of search engines
	// (no-referrer would make the browser send Origin: null, which the CSRF check refuses).
	setHeaders({ 'referrer-policy': 'same-origin', 'x-robots-tag': 'noindex' });
	const { workshop } = linkOr404(params.token);
	const plan = await readActionPlan(appContext(), workshop.id);
	return { workshop: { title: workshop.title, municipality: workshop.municipality, date: workshop.date }, plan };
};

export const actions: Actions = {
	save: async ({ params, request }) => {
		const { link, workshop } = linkOr404(params.token);
		const form = await request.formData();
		const actionId = String(form.get('actionId') ?? '');
		const result = await changeAction(appContext(), workshop.id, actionId, formInput(form), planActor(link));
		if (!result.ok) return fail(400, { actionId, field: result.field, code: result.code });
		return { actionId, saved: true };
	},
	add: async ({ params, request }) => {
		const { link, workshop } = linkOr404(params.token);
		const result = await createAction(appContext(), workshop.id, formInput(await request.formData()), planActor(link));
		if (!result.ok) return fail(400, { actionId: 'new', field: result.field, code: result.code });
		return { actionId: result.value, saved: true };
	}
};
