import { angebotChains, type AngebotChains } from '../../board/angebot-chains.ts';
import type { AppContext } from '../context.ts';
import { listAngebote } from './angebote.ts';
import { buendnisThemen } from './gaps.ts';

/** The Maßnahme-Karrieren of a Bündnis: its Angebote's chains, under the Themen of its workshops' walls. */
export async function buendnisChains(context: Pick<AppContext, 'db' | 'rooms'>, buendnisId: string): Promise<AngebotChains> {
	return angebotChains(await buendnisThemen(context, buendnisId), listAngebote(context.db, buendnisId));
}
