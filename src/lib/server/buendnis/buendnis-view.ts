import type { Db } from '../db/open.ts';
import { workshopBasics } from '../workshop/workshop-view.ts';
import { workshopStatus } from '../workshop/workshops.ts';
import { buendnisWorkshops, listBuendnisFacilitators, type BuendnisRow } from './buendnisse.ts';

/** A Bündnis as its facilitators see it: what it is, who works on it, which workshops it holds. */
export function buendnisJson(db: Db, buendnis: BuendnisRow) {
	return {
		id: buendnis.id,
		name: buendnis.name,
		municipality: buendnis.municipality,
		members: buendnis.members,
		facilitators: listBuendnisFacilitators(db, buendnis.id).map(({ name, email }) => ({ name, email })),
		workshops: buendnisWorkshops(db, buendnis.id).map((w) => ({ ...workshopBasics(w), status: workshopStatus(w) })),
		createdAt: buendnis.createdAt.toISOString()
	};
}
