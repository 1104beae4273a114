import * as v from 'valibot';
import { appContext } from '$lib/server/context';
import { jsonError } from '$lib/server/http/http';
import { stateCommand } from '$lib/server/workshop/state-command';
import { workshopSettings } from '$lib/server/workshop/workshops';
import type { RequestHandler } from './$types';

const NamesInput = v.object({ showNames: v.boolean('showNames:invalid') });

/**
 * Shows participants' names (presence and card authors) or keeps everyone anonymous. An anonymous
 * workshop promised its participants on the join page that nobody sees their name, so names
 * can only be switched on where the workshop settings allow names (409 `anonymous_workshop`).
 */
export const POST: RequestHandler = (event) =>
	stateCommand(event, NamesInput, ({ showNames }, workshop) => {
		const anonymous = workshopSettings(workshop).anonymous;
		if (showNames && anonymous) {
			return jsonError(409, 'anonymous_workshop', 'This workshop keeps participants anonymous');
		}
		const { presence } = appContext().rooms;
		return () => ({ showNames, ...presence.fields(workshop.id, showNames && !anonymous) });
	});
