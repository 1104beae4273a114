import * as v from 'valibot';
import { isLiveCluster } from '$lib/board/selectors';
import { workshopGaps } from '$lib/server/angebote/gaps';
import { appContext } from '$lib/server/context';
import { jsonError } from '$lib/server/http/http';
import { stateCommand } from '$lib/server/workshop/state-command';
import type { RequestHandler } from './$types';

const SpotlightInput = v.object({
	spotlight: v.nullable(
		v.variant(
			'kind',
			[
				v.object({ kind: v.literal('cluster'), id: v.pipe(v.string('id:required'), v.maxLength(64, 'id:too_long')) }),
				v.object({ kind: v.literal('results') }),
				v.object({ kind: v.literal('gaps') })
			],
			'kind:unknown'
		)
	)
});

/**
 * What the Beamer shows big: one cluster, the results, the Lückenanalyse, or (null) the usual view
 * of the phase. The Lückenanalyse is read anew each time it is chosen: the Angebote may have
 * changed since.
 */
export const POST: RequestHandler = (event) =>
	stateCommand(event, SpotlightInput, async ({ spotlight }, workshop) => {
		if (spotlight?.kind === 'cluster') {
			const live = await appContext().rooms.read(workshop.id, 'board', (doc) => isLiveCluster(doc, spotlight.id));
			if (!live) return jsonError(409, 'cluster_not_found', 'No such cluster on the board');
		}
		if (spotlight?.kind === 'gaps') {
			return { spotlight, gaps: { at: new Date().toISOString(), rows: await workshopGaps(appContext(), workshop) } };
		}
		return { spotlight };
	});
