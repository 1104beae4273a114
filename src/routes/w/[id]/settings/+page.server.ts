import { fail } from '@sveltejs/kit';
import { CloseCode } from '$lib/realtime/close-codes';
import { appContext } from '$lib/server/context';
import { publicOrigin } from '$lib/server/http/http';
import type { Principal } from '$lib/server/rooms/authenticate';
import { facilitatorWorkshop } from '$lib/server/http/page-guards';
import { readActionPlan } from '$lib/server/plan/action-plan';
import { createOwnerLink, listOwnerLinks, ownerUrl, revokeOwnerLink } from '$lib/server/plan/owner-links';
import { createShareLink, listShareLinks, revokeShareLink, shareUrl } from '$lib/server/plan/share-links';
import { workshopFormInput } from '$lib/server/workshop/workshop-form';
import { workshopBasics } from '$lib/server/workshop/workshop-view';
import {
	addFacilitator,
	endWorkshop,
	listFacilitators,
	removeFacilitator,
	reopenWorkshop,
	startWorkshop,
	updateWorkshop,
	workshopSettings,
	workshopStatus
} from '$lib/server/workshop/workshops';
import type { Actions, PageServerLoad } from './$types';

/** The Maßnahmen that have Verantwortliche, each with its live owner links (tokens are never shown again). */
async function ownerLinkRows(workshopId: string) {
	const context = appContext();
	const links = listOwnerLinks(context.db, workshopId).filter((link) => link.revokedAt === null);
	const { items } = await readActionPlan(context, workshopId);
	return items
		.filter((item) => item.owner.trim() !== '')
		.map((item) => ({
			id: item.id,
			title: item.title,
			owner: item.owner,
			links: links.filter((link) => link.actionId === item.id).map(({ id, owner, createdAt }) => ({ id, owner, createdAt }))
		}));
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { workshop } = facilitatorWorkshop(locals, url, params.id);
	const settings = workshopSettings(workshop);
	return {
		workshop: {
			...workshopBasics(workshop),
			categories: settings.categories,
			anonymous: settings.anonymous,
			minGroup: settings.minGroup,
			status: workshopStatus(workshop),
			ownerId: workshop.ownerId
		},
		facilitators: listFacilitators(appContext().db, workshop.id),
		shareLinks: listShareLinks(appContext().db, workshop.id).map(({ id, label, createdAt, revokedAt }) => ({
			id,
			label,
			createdAt,
			revoked: revokedAt !== null
		})),
		ownerLinks: await ownerLinkRows(workshop.id)
	};
};

export const actions: Actions = {
	save: async ({ locals, url, params, request }) => {
		const { workshop } = facilitatorWorkshop(locals, url, params.id);
		const input = workshopFormInput(await request.formData());
		const updated = updateWorkshop(appContext().db, workshop, input);
		if (!updated.ok) return fail(400, { action: 'save', values: input, errors: updated.errors });
		// Anonymity or K may have changed: names and institutions leave (or reach) the room's presence at once.
		appContext().rooms.presence.schedule(workshop.id);
		return { action: 'save', saved: true };
	},
	addFacilitator: async ({ locals, url, params, request }) => {
		const { workshop } = facilitatorWorkshop(locals, url, params.id);
		const email = String((await request.formData()).get('email') ?? '').slice(0, 254);
		const added = addFacilitator(appContext().db, workshop.id, email);
		if (!added.ok) return fail(400, { action: 'addFacilitator', email, problem: added.code });
		return { action: 'addFacilitator', added: added.name };
	},
	removeFacilitator: async ({ locals, url, params, request }) => {
		const { workshop } = facilitatorWorkshop(locals, url, params.id);
		const userId = String((await request.formData()).get('userId') ?? '');
		const context = appContext();
		if (removeFacilitator(context.db, workshop, userId)) {
			// Their open boards lose access now, as a new connection would: the role was fixed at connect.
			const theirs = (p: Principal) => p.workshopId === workshop.id && p.userId === userId;
			context.rooms.disconnect(theirs, CloseCode.NO_ACCESS, 'removed from the workshop');
		}
		return { action: 'removeFacilitator' };
	},
	createShareLink: async ({ locals, url, params, request }) => {
		const { workshop } = facilitatorWorkshop(locals, url, params.id);
		const label = String((await request.formData()).get('label') ?? '').trim().slice(0, 100) || 'Kerngruppe';
		const { token } = createShareLink(appContext().db, workshop.id, label);
		return { action: 'createShareLink', shareUrl: shareUrl(publicOrigin(url), token) };
	},
	revokeShareLink: async ({ locals, url, params, request }) => {
		const { workshop } = facilitatorWorkshop(locals, url, params.id);
		revokeShareLink(appContext().db, workshop.id, String((await request.formData()).get('linkId') ?? ''));
		return { action: 'revokeShareLink' };
	},
	createOwnerLink: async ({ locals, url, params, request }) => {
		const { workshop } = facilitatorWorkshop(locals, url, params.id);
		const actionId = String((await request.formData()).get('actionId') ?? '');
		const created = await createOwnerLink(appContext(), workshop.id, actionId);
		if (!created.ok) return fail(400, { action: 'createOwnerLink', actionId, code: created.code });
		return { action: 'createOwnerLink', actionId, owner: created.value.link.owner, ownerUrl: ownerUrl(publicOrigin(url), created.value.token) };
	},
	revokeOwnerLink: async ({ locals, url, params, request }) => {
		const { workshop } = facilitatorWorkshop(locals, url, params.id);
		revokeOwnerLink(appContext().db, workshop.id, String((await request.formData()).get('linkId') ?? ''));
		return { action: 'revokeOwnerLink' };
	},
	start: ({ locals, url, params }) => {
		startWorkshop(appContext().db, facilitatorWorkshop(locals, url, params.id).workshop.id);
	},
	end: ({ locals, url, params }) => {
		endWorkshop(appContext().db, facilitatorWorkshop(locals, url, params.id).workshop.id);
	},
	reopen: ({ locals, url, params }) => {
		reopenWorkshop(appContext().db, facilitatorWorkshop(locals, url, params.id).workshop.id);
	}
};
