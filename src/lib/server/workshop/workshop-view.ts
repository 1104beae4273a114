import type { WorkshopRole } from './access.ts';
import { joinUrl, workshopSettings, workshopStatus, type WorkshopRow } from './workshops.ts';

/** What every page and export says about a workshop before anything else. */
export function workshopBasics(workshop: WorkshopRow) {
	const { id, title, municipality, date, place } = workshop;
	return { id, title, municipality, date, place };
}

/** The JSON shape of a workshop for members; `role` tells the client what it may do. */
export function workshopJson(workshop: WorkshopRow, origin: string, role: WorkshopRole) {
	return {
		id: workshop.id,
		title: workshop.title,
		municipality: workshop.municipality,
		date: workshop.date,
		place: workshop.place,
		template: workshop.template,
		status: workshopStatus(workshop),
		startedAt: workshop.startedAt?.toISOString() ?? null,
		endedAt: workshop.endedAt?.toISOString() ?? null,
		settings: workshopSettings(workshop),
		joinCode: workshop.joinCode,
		joinUrl: joinUrl(origin, workshop.joinCode),
		role
	};
}
