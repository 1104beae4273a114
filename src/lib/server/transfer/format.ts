import * as v from 'valibot';

import { RoundTally } from '../voting/round-tally.ts';
import { AngebotTransfer } from './angebote-transfer.ts';

/**
 * The versioned JSON of one workshop (`export.json`), which `npm run cli -- import` restores.
 * It holds the workshop, not what would tell who did what: no participant ids, no sessions, no
 * share links' token hashes, no per-person votes (a round carries its totals and the K-safe
 * breakdown), and in an anonymous workshop no names and institutions only as the K rule shows
 * them. Where the workshop shows names, people keep the names they gave.
 */
export const TRANSFER_FORMAT = 'pinnwand.workshop';
export const TRANSFER_VERSION = 2;

const iso = v.pipe(v.string(), v.isoTimestamp());
const isoOrNull = v.nullable(iso);
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** A board or state document as plain JSON: root name → id → fields (any JSON value). */
const documentJson = v.record(v.string(), v.unknown());

export const WorkshopTransfer = v.object({
	format: v.literal(TRANSFER_FORMAT),
	version: v.literal(TRANSFER_VERSION),
	exportedAt: iso,
	workshop: v.object({
		id,
		title: v.string(),
		municipality: v.string(),
		date: v.nullable(v.string()),
		place: v.string(),
		template: v.string(),
		joinCode: v.string(),
		settings: v.record(v.string(), v.unknown()),
		startedAt: isoOrNull,
		endedAt: isoOrNull,
		createdAt: iso
	}),
	facilitators: v.array(v.object({ name: v.string(), email: v.string(), owner: v.boolean() })),
	/** Everyone who joined, by their card pseudonym; `name` empty in an anonymous workshop. */
	participants: v.array(v.object({ name: v.string(), institution: v.string(), authorKey: id, createdAt: iso })),
	board: documentJson,
	state: documentJson,
	phases: v.array(v.object({ phase: v.string(), at: iso, boardSnapshot: v.pipe(v.string(), v.base64()) })),
	actionHistory: v.array(
		v.object({
			actionId: v.string(),
			at: iso,
			actor: v.string(),
			from: v.nullable(v.string()),
			to: v.string(),
			/** Files written before notes came with status changes have none. */
			note: v.optional(v.string(), '')
		})
	),
	pendingCards: v.array(
		v.object({
			id,
			/** The author, one of `participants`. */
			authorKey: id,
			text: v.string(),
			category: v.string(),
			heldBack: v.boolean(),
			revealedAt: isoOrNull,
			createdAt: iso
		})
	),
	votingRounds: v.array(
		v.object({
			id,
			number: v.pipe(v.number(), v.integer()),
			budget: v.pipe(v.number(), v.integer()),
			maxPerTarget: v.pipe(v.number(), v.integer()),
			targets: v.picklist(['clusters', 'clusters_and_cards']),
			status: v.picklist(['open', 'closed', 'revealed']),
			openedAt: iso,
			closedAt: isoOrNull,
			revealedAt: isoOrNull,
			tally: RoundTally
		})
	),
	/**
	 * The Angebote of a workshop without a Bündnis (angebote-transfer.ts); in a Bündnis they are
	 * in the Bündnis' file. Files from before have none, and import as such.
	 */
	angebote: v.optional(v.array(AngebotTransfer), [])
});

export type WorkshopTransfer = v.InferOutput<typeof WorkshopTransfer>;

/** Object keys sorted at every level, so that the same document always serialises the same. */
export function sortedKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortedKeys);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])])
		);
	}
	return value;
}
