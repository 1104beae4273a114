import * as v from 'valibot';
import { ACTION_STATUSES } from '$lib/board/schema';
import { refreshReview, setReviewStatus, startReview } from '$lib/server/buendnis/rueckblick';
import { appContext } from '$lib/server/context';
import { jsonError } from '$lib/server/http/http';
import { boardError } from '$lib/server/plan/plan-json';
import { stateCommand } from '$lib/server/workshop/state-command';
import type { RequestHandler } from './$types';

const id = (field: string) => v.pipe(v.string(`${field}:required`), v.minLength(1, `${field}:required`), v.maxLength(64, `${field}:too_long`));

const ReviewInput = v.variant(
	'action',
	[
		v.object({ action: v.literal('start') }),
		v.object({ action: v.literal('show'), index: v.pipe(v.number('index:invalid'), v.integer('index:invalid'), v.minValue(0, 'index:invalid')) }),
		v.object({
			action: v.literal('status'),
			workshopId: id('workshopId'),
			actionId: id('actionId'),
			status: v.picklist(ACTION_STATUSES, 'status:invalid'),
			statusNote: v.optional(v.string('statusNote:invalid'))
		})
	],
	'action:unknown'
);

/**
 * The Rückblick of a Folgetreffen (src/lib/server/buendnis/rueckblick.ts): start it, show one
 * Maßnahme after another, set a Maßnahme's status on its own workshop's board. Facilitators only;
 * the answer is the state with the review as everyone now sees it.
 */
export const POST: RequestHandler = (event) =>
	stateCommand(event, ReviewInput, async (input, workshop) => {
		if (!workshop.buendnisId) return jsonError(409, 'no_buendnis', 'The workshop is in no Bündnis: there is nothing to review');
		const context = appContext();
		if (input.action === 'start') return { review: await startReview(context, workshop) };
		const { review } = await context.rooms.readState(workshop.id);
		if (!review) return jsonError(409, 'review_not_started', 'Start the Rückblick first');
		if (input.action === 'show') {
			if (input.index >= review.items.length) return jsonError(400, 'invalid_input', 'index: out of range', { fields: { index: 'invalid' } });
			return { review: await refreshReview(context, workshop, review, input.index) };
		}
		const changed = await setReviewStatus(context, workshop, review, input, event.locals.user?.name ?? '');
		return changed.ok ? { review: changed.value } : boardError(changed);
	});
