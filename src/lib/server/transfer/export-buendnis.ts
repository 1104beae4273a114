import type { AppContext } from '../context.ts';
import { buendnisWorkshops, listBuendnisFacilitators, type BuendnisRow } from '../buendnis/buendnisse.ts';
import { exportAngebote } from './angebote-transfer.ts';
import { BUENDNIS_TRANSFER_FORMAT, BUENDNIS_TRANSFER_VERSION, type BuendnisTransfer } from './buendnis-format.ts';
import { exportWorkshop } from './export-workshop.ts';

/** The complete JSON of a Bündnis with every workshop in it (see buendnis-format.ts). */
export async function exportBuendnis(context: Pick<AppContext, 'db' | 'rooms'>, buendnis: BuendnisRow, now = new Date()): Promise<BuendnisTransfer> {
	const workshops = [];
	// Oldest first, so an import rebuilds them in the order they happened.
	for (const row of buendnisWorkshops(context.db, buendnis.id).reverse()) {
		const data = await exportWorkshop(context, row.id, now);
		if (data) workshops.push(data);
	}
	return {
		format: BUENDNIS_TRANSFER_FORMAT,
		version: BUENDNIS_TRANSFER_VERSION,
		exportedAt: now.toISOString(),
		buendnis: { name: buendnis.name, municipality: buendnis.municipality, members: buendnis.members, createdAt: buendnis.createdAt.toISOString() },
		facilitators: listBuendnisFacilitators(context.db, buendnis.id).map((f) => ({ name: f.name, email: f.email, owner: f.id === buendnis.ownerId })),
		workshops,
		angebote: exportAngebote(context.db, { kind: 'buendnis', id: buendnis.id })
	};
}
