import { error, fail, redirect } from '@sveltejs/kit';
import { setSessionCookie } from '$lib/server/identity/cookie';
import { appContext } from '$lib/server/context';
import { clientAddress } from '$lib/server/http/http';
import { currentParticipant, lookUpJoinCode } from '$lib/server/identity/join';
import { joinWorkshop } from '$lib/server/identity/participants';
import { workshopSettings } from '$lib/server/workshop/workshops';
import type { Actions, PageServerLoad } from './$types';

const NAME_MAX = 60;
const INSTITUTION_MAX = 100;

export const load: PageServerLoad = ({ params, locals, getClientAddress }) => {
	const found = lookUpJoinCode(appContext(), params.code, clientAddress(getClientAddress));
	if (!found.ok) {
		return {
			found: false as const,
			code: params.code,
			minutes: found.reason === 'rate_limited' ? Math.ceil(found.retryAfterMs / 60_000) : 0
		};
	}
	const { workshop } = found;
	if (currentParticipant(locals.session, locals.participant, workshop.id)) redirect(303, `/w/${workshop.id}`);
	const settings = workshopSettings(workshop);
	return {
		found: true as const,
		title: workshop.title,
		anonymous: settings.anonymous,
		institutionTypes: settings.institutionTypes
	};
};

export const actions: Actions = {
	default: async ({ params, request, locals, cookies, url, getClientAddress }) => {
		const context = appContext();
		const found = lookUpJoinCode(context, params.code, clientAddress(getClientAddress));
		if (!found.ok) error(404, { message: 'not_found', code: 'not_found' });
		const { workshop } = found;
		if (currentParticipant(locals.session, locals.participant, workshop.id)) redirect(303, `/w/${workshop.id}`);

		const form = await request.formData();
		const name = String(form.get('name') ?? '').trim();
		const chosen = String(form.get('institution') ?? '').trim();
		const other = String(form.get('institutionOther') ?? '').trim();
		if (name.length > NAME_MAX || other.length > INSTITUTION_MAX) {
			return fail(400, { name, other, errors: { name: name.length > NAME_MAX ? 'too_long' : undefined, institutionOther: other.length > INSTITUTION_MAX ? 'too_long' : undefined } });
		}
		const institution = other || (workshopSettings(workshop).institutionTypes.includes(chosen) ? chosen : '');
		const joined = joinWorkshop(context.db, workshop.id, { name, institution });
		setSessionCookie(cookies, url, joined.token, joined.expiresAt);
		redirect(303, `/w/${workshop.id}`);
	}
};
