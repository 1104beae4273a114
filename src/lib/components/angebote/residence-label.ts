import type { ResidenceStatus } from '$lib/board/angebote';
import { m } from '$lib/paraglide/messages.js';

const LABELS: Record<ResidenceStatus, () => string> = {
	gestattung: m.residence_gestattung,
	duldung: m.residence_duldung,
	erlaubnis: m.residence_erlaubnis,
	anerkannt: m.residence_anerkannt
};

export const residenceLabel = (status: ResidenceStatus): string => LABELS[status]();
