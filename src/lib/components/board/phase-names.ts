import type { Phase } from '$lib/board/facilitator-state';
import { m } from '$lib/paraglide/messages.js';

/** The name of each phase as the UI shows it (stepper, header, Beamer-Ansicht). */
export const PHASE_NAMES: Record<Phase, () => string> = {
	ankommen: m.phase_ankommen,
	rueckblick: m.phase_rueckblick,
	sammeln: m.phase_sammeln,
	clustern: m.phase_clustern,
	punkten: m.phase_punkten,
	massnahmen: m.phase_massnahmen,
	abschluss: m.phase_abschluss
};
