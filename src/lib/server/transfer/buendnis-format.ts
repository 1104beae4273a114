import * as v from 'valibot';
import { AngebotTransfer } from './angebote-transfer.ts';
import { WorkshopTransfer } from './format.ts';

/**
 * The versioned JSON of a whole Bündnis (`/api/buendnisse/:id/export.json`): the Bündnis, its
 * facilitators by email, and each of its workshops as its own workshop export (format.ts), so
 * `npm run cli -- import` restores the Bündnis with its Maßnahmenplan on another instance, and its
 * Angebote (angebote-transfer.ts); files from before the Angebote have none, and import as such.
 * Calendar feed and report log stay behind: a new instance hands out its own links.
 */
export const BUENDNIS_TRANSFER_FORMAT = 'pinnwand.buendnis';
export const BUENDNIS_TRANSFER_VERSION = 1;

export const BuendnisTransfer = v.object({
	format: v.literal(BUENDNIS_TRANSFER_FORMAT),
	version: v.literal(BUENDNIS_TRANSFER_VERSION),
	exportedAt: v.pipe(v.string(), v.isoTimestamp()),
	buendnis: v.object({
		name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
		municipality: v.string(),
		members: v.array(v.string()),
		createdAt: v.pipe(v.string(), v.isoTimestamp())
	}),
	facilitators: v.array(v.object({ name: v.string(), email: v.string(), owner: v.boolean() })),
	workshops: v.array(WorkshopTransfer),
	angebote: v.optional(v.array(AngebotTransfer), [])
});
export type BuendnisTransfer = v.InferOutput<typeof BuendnisTransfer>;
