import type { WorkshopRole } from '$lib/server/workshop/access';
import { phasesOf } from '$lib/board/templates';
import { appContext } from '$lib/server/context';
import { facilitatorAuthorKey } from '$lib/server/identity/author-key';
import { publicOrigin } from '$lib/server/http/http';
import { memberWorkshop } from '$lib/server/http/page-guards';
import { qrSvg } from '$lib/server/workshop/qr';
import { joinUrl, workshopSettings, workshopStatus } from '$lib/server/workshop/workshops';
import type { PageServerLoad } from './$types';

function authorKeyOf(role: WorkshopRole, locals: App.Locals, workshopId: string): string {
	if (role === 'participant') return locals.participant?.authorKey ?? '';
	if (role === 'facilitator' && locals.user) return facilitatorAuthorKey(workshopId, locals.user.id);
	return '';
}

/** The live board for facilitators, participants and viewers; the board itself comes over /ws. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { workshop, role } = memberWorkshop(locals, url, params.id);
	const settings = workshopSettings(workshop);
	const status = workshopStatus(workshop);
	const link = joinUrl(publicOrigin(url), workshop.joinCode);
	return {
		role,
		/** The pseudonym of this person's cards; viewers write none. */
		authorKey: authorKeyOf(role, locals, workshop.id),
		name: role === 'participant' ? (locals.participant?.name ?? '') : (locals.user?.name ?? ''),
		workshop: {
			id: workshop.id,
			title: workshop.title,
			status,
			categories: settings.categories,
			anonymous: settings.anonymous,
			phases: phasesOf(workshop.template)
		},
		state: await appContext().rooms.readState(workshop.id),
		translate: appContext().translator !== null,
		join:
			role === 'facilitator'
				? { code: workshop.joinCode, url: link, qr: await qrSvg(link) }
				: null
	};
};
