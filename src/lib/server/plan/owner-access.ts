import { appContext } from '../context.ts';
import { jsonError } from '../http/http.ts';
import type { WorkshopRow } from '../workshop/workshops.ts';
import { resolveOwnerLink, type OwnerLink } from './owner-links.ts';

export type OwnerAccess = { ok: true; link: OwnerLink; workshop: WorkshopRow } | { ok: false; response: Response };

/** A Verantwortliche's link from the URL; unknown and revoked links get the same 404. */
export function ownerForApi(token: string): OwnerAccess {
	const found = resolveOwnerLink(appContext().db, token);
	if (!found) return { ok: false, response: jsonError(404, 'not_found', 'Unknown or revoked link') };
	return { ok: true, ...found };
}
