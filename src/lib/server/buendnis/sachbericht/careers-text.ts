import type { Chain } from '../../../board/angebot-chains.ts';
import type { SachberichtLabels } from './labels.ts';
import type { SachberichtCareer } from './report.ts';

/** One Weg as a line: "Sprachkurs → Berufsvorbereitung – führt in Ausbildung". */
export const wayText = (chain: Chain, words: SachberichtLabels): string => `${chain.angebote.join(' → ')} – ${words.leads[chain.outcome]}`;

/** A Thema's warnings as lines: the Sackgasse, then each loop from its first Angebot back to it. */
export function warningTexts(career: SachberichtCareer, words: SachberichtLabels): string[] {
	return [...(career.deadEnd ? [words.deadEnd] : []), ...career.loops.map((loop) => `${words.loop}: ${loop.join(' → ')}`)];
}
