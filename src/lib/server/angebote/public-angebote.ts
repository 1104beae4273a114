import { publicAngebot, type PublicAngebot } from '../../board/angebote-public.ts';
import type { Db } from '../db/open.ts';
import { getBuendnis } from '../buendnis/buendnisse.ts';
import { listAngebote } from './angebote.ts';

export interface PublicList {
	buendnis: { id: string; name: string; municipality: string };
	angebote: PublicAngebot[];
}

/**
 * The Bündnis' public list: only the Angebote the facilitator published (opt-in per Angebot),
 * only their public fields, nothing of its workshops or Maßnahmen. The Bündnis' random id
 * (120 bits) is the address, so a list nobody was given is not found by trying; null for an
 * unknown Bündnis.
 */
export function publicAngebote(db: Db, buendnisId: string): PublicList | null {
	const buendnis = getBuendnis(db, buendnisId);
	if (!buendnis) return null;
	const angebote = listAngebote(db, buendnis.id)
		.filter((angebot) => angebot.published)
		.map(publicAngebot);
	return { buendnis: { id: buendnis.id, name: buendnis.name, municipality: buendnis.municipality }, angebote };
}

export function publicListUrl(origin: string, buendnisId: string): string {
	return `${origin}/angebote/${buendnisId}`;
}
