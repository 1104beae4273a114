import { json } from '@sveltejs/kit';
import { publicAngebot, type PublicAngebot } from '../../board/angebote-public.ts';
import type { Db } from '../db/open.ts';
import { getBuendnis } from '../buendnis/buendnisse.ts';
import { jsonError } from '../http/http.ts';
import { getWorkshop } from '../workshop/workshops.ts';
import { listAngebote } from './angebote.ts';
import type { AngebotOwner } from './owner.ts';

export interface PublicList {
	/** Who collected the list: the Bündnis' name, or the workshop's title. */
	owner: { kind: AngebotOwner['kind']; id: string; name: string; municipality: string };
	angebote: PublicAngebot[];
}

/**
 * A public list: only the Angebote the facilitator published (opt-in per Angebot), only their
 * public fields, nothing of the workshops or Maßnahmen. The owner's random id (120 bits) is the
 * address, so a list nobody was given is not found by trying. A Bündnis' id, or that of a
 * workshop with its own list; null otherwise, also for a workshop that has joined a Bündnis since
 * (its Angebote went to the Bündnis' list, which has a link of its own).
 */
export function publicAngebote(db: Db, id: string): PublicList | null {
	const buendnis = getBuendnis(db, id);
	const workshop = buendnis ? undefined : getWorkshop(db, id);
	const owner = buendnis
		? { kind: 'buendnis' as const, id: buendnis.id, name: buendnis.name, municipality: buendnis.municipality }
		: workshop && !workshop.buendnisId
			? { kind: 'workshop' as const, id: workshop.id, name: workshop.title, municipality: workshop.municipality }
			: null;
	if (!owner) return null;
	const angebote = listAngebote(db, owner)
		.filter((angebot) => angebot.published)
		.map(publicAngebot);
	return { owner, angebote };
}

export function publicListUrl(origin: string, owner: AngebotOwner): string {
	return `${origin}/angebote/${owner.id}`;
}

/** The public list as JSON under the owner's own key (`buendnis` or `workshop`); 404 for any other id. */
export function publicListResponse(db: Db, id: string, kind: AngebotOwner['kind']): Response {
	const list = publicAngebote(db, id);
	if (!list || list.owner.kind !== kind) return jsonError(404, 'not_found', kind === 'buendnis' ? 'No such Bündnis' : 'No workshop with a list of its own');
	const { name, municipality } = list.owner;
	const owner = kind === 'buendnis' ? { buendnis: { id, name, municipality } } : { workshop: { id, title: name, municipality } };
	return json({ ...owner, angebote: list.angebote }, { headers: { 'x-robots-tag': 'noindex' } });
}
