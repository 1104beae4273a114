import { angebotChains, type AngebotChains } from '../../board/angebot-chains.ts';
import type { AppContext } from '../context.ts';
import { listAngebote } from './angebote.ts';
import { ownerThemen } from './gaps.ts';
import type { AngebotOwner } from './owner.ts';

/** The Maßnahme-Karrieren of a list: its Angebote's chains, under the Themen of its workshops' walls. */
export async function ownerChains(context: Pick<AppContext, 'db' | 'rooms'>, owner: AngebotOwner): Promise<AngebotChains> {
	return angebotChains(await ownerThemen(context, owner), listAngebote(context.db, owner));
}
