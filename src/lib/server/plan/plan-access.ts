import type { HistoryActor } from '../../board/history-actor.ts';
import { appContext } from '../context.ts';
import { jsonError } from '../http/http.ts';
import { resolveShareLink, type ShareLink } from './share-links.ts';
import type { WorkshopRow } from '../workshop/workshops.ts';

export type PlanAccess = { ok: true; link: ShareLink; workshop: WorkshopRow; actor: HistoryActor } | { ok: false; response: Response };

/** A Kerngruppe link from the URL; unknown and revoked links get the same 404. */
export function planForApi(token: string): PlanAccess {
	const found = resolveShareLink(appContext().db, token);
	if (!found) return { ok: false, response: jsonError(404, 'not_found', 'Unknown or revoked link') };
	return { ok: true, ...found, actor: planActor(found.link) };
}

/** How a change through this link appears in the history. */
export function planActor(link: ShareLink): HistoryActor {
	return { kind: 'kerngruppe', label: link.label };
}
