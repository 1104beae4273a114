import { eq } from 'drizzle-orm';
import { countByInstitution, institutionGroups, type InstitutionCount, type InstitutionGroups } from '../../board/institution-groups.ts';
import type { Db } from '../db/open.ts';
import { participants } from '../db/schema.ts';
import { getWorkshop, workshopSettings } from './workshops.ts';

function joinedInstitutions(db: Db, workshopId: string): string[] {
	return db
		.select({ institution: participants.institution })
		.from(participants)
		.where(eq(participants.workshopId, workshopId))
		.all()
		.map((row) => row.institution);
}

function groupsOf(db: Db, workshopId: string, institutions: readonly string[]): InstitutionGroups {
	const workshop = getWorkshop(db, workshopId);
	return institutionGroups(institutions, workshop ? workshopSettings(workshop).minGroup : Infinity);
}

/** The workshop's institutions as they may be shown, by the K rule over everyone who joined it. */
export function workshopInstitutions(db: Db, workshopId: string): InstitutionGroups {
	return groupsOf(db, workshopId, joinedInstitutions(db, workshopId));
}

/** How many people joined, and how many per institution as it may be shown. */
export function attendance(db: Db, workshopId: string): { participants: number; institutions: InstitutionCount[] } {
	const institutions = joinedInstitutions(db, workshopId);
	return { participants: institutions.length, institutions: countByInstitution(groupsOf(db, workshopId, institutions), institutions) };
}
