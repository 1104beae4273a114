import * as v from 'valibot';
import type * as Y from 'yjs';
import { RESIDENCE_STATUSES, type ResidenceStatus } from './angebote.ts';
import { ACTION_STATUSES } from './schema.ts';
import { VOTE_TARGETS } from './vote-targets.ts';

/**
 * The facilitator state: a second document per workshop that only the server writes and every
 * client reads (phase, timer, lock, voting round, revealed tallies). One root Y.Map of plain
 * values; each field is replaced as a whole, so no merge rules apply.
 */
export const STATE_ROOT = 'state';

/** Every phase any template uses, in workshop order; a template picks its own (templates.ts). */
export const PHASES = ['ankommen', 'rueckblick', 'sammeln', 'clustern', 'punkten', 'massnahmen', 'abschluss'] as const;
export type Phase = (typeof PHASES)[number];

const TimerSchema = v.object({
	/** Server clock (ms since epoch) at which a running timer reaches zero; null while paused. */
	endsAt: v.nullable(v.number()),
	/** What is left while paused. */
	remainingMs: v.number(),
	running: v.boolean()
});

/**
 * What the Beamer shows big: one cluster's cards, the results of the last revealed round, or the
 * Lückenanalyse of the workshop's Themen (`gaps`, which every board shows too).
 */
const SpotlightSchema = v.variant('kind', [
	v.object({ kind: v.literal('cluster'), id: v.string() }),
	v.object({ kind: v.literal('results') }),
	v.object({ kind: v.literal('gaps') })
]);

/**
 * The Lückenanalyse as the server read it when the facilitator put it on the Beamer: the Angebote
 * live in the database, not in a document, so the boards get this copy. Counts and the titles of
 * Maßnahmen made from a Lücke, never an Angebot's contact.
 */
const GapCellSchema = v.object({
	ja: v.number(),
	unklar: v.number(),
	actions: v.array(v.object({ title: v.string(), status: v.picklist(ACTION_STATUSES) }))
});
const GapsSchema = v.object({
	at: v.string(),
	rows: v.array(
		v.object({
			thema: v.string(),
			cells: v.object(Object.fromEntries(RESIDENCE_STATUSES.map((status) => [status, GapCellSchema])) as Record<ResidenceStatus, typeof GapCellSchema>)
		})
	)
});

/** The current (latest) voting round as everyone may see it: its rules, never a tally. */
const VotingSchema = v.object({
	round: v.number(),
	status: v.picklist(['open', 'closed', 'revealed']),
	budget: v.number(),
	maxPerTarget: v.number(),
	targets: v.picklist(VOTE_TARGETS)
});

/** A round written before rounds named their targets was a round on clusters. */
const StoredVotingSchema = v.object({
	...VotingSchema.entries,
	targets: v.fallback(v.picklist(VOTE_TARGETS), 'clusters')
});

/**
 * Rückblick in a Folgetreffen: the Bündnis' open Maßnahmen from its other workshops, as the server
 * read them from their boards, and which one is up. The Maßnahmen stay in their workshops; a status
 * set here is written there (src/lib/server/buendnis/rueckblick.ts). No contact details: the
 * Folgetreffen's participants see this document.
 */
const ReviewItemSchema = v.object({
	workshopId: v.string(),
	workshopTitle: v.string(),
	actionId: v.string(),
	title: v.string(),
	thema: v.nullable(v.string()),
	owner: v.string(),
	due: v.nullable(v.string()),
	status: v.picklist(ACTION_STATUSES),
	statusNote: v.string()
});
const ReviewSchema = v.object({ items: v.array(ReviewItemSchema), current: v.number() });

const TalliesSchema = v.record(v.string(), v.number());
const AuthorInstitutionsSchema = v.record(v.string(), v.nullable(v.string()));

/**
 * Who is connected, written by the server from its own connection list (never from what clients
 * claim): participants counted once however many tabs they have open, institutions by how many
 * people each has in the room, and names only where the workshop shows names.
 */
const PresenceSchema = v.object({
	count: v.number(),
	/** name null: "Weitere Institution" (institution-groups.ts). */
	institutions: v.array(v.object({ name: v.nullable(v.string()), count: v.number() })),
	names: v.nullable(v.array(v.string()))
});

/**
 * Every field with the value a fresh workshop starts with. A stored value of the wrong shape reads
 * as the default, so an older document never breaks a newer reader. New fields go here.
 */
const FacilitatorStateSchema = v.object({
	phase: v.fallback(v.picklist(PHASES), 'ankommen'),
	/** The board is read-only for everyone while locked. */
	locked: v.fallback(v.boolean(), false),
	showNames: v.fallback(v.boolean(), false),
	/** Silent collecting: new cards wait with the server until revealed. */
	silent: v.fallback(v.boolean(), false),
	/** Silent cards waiting for "Aufdecken"; their texts stay with the server. */
	pendingCards: v.fallback(v.number(), 0),
	/** Silent cards the facilitator held back; they never reach the board unless released. */
	heldBackCards: v.fallback(v.number(), 0),
	timer: v.fallback(TimerSchema, () => ({ endsAt: null, remainingMs: 0, running: false })),
	spotlight: v.fallback(v.nullable(SpotlightSchema), null),
	voting: v.fallback(v.nullable(StoredVotingSchema), null),
	/**
	 * Tallies of round `revealedRound` by the target id each Punkt was given to, written only when
	 * that round is revealed; readers resolve them against the board (TargetIndex.resolveTallies).
	 */
	revealed: v.fallback(v.nullable(TalliesSchema), null),
	revealedRound: v.fallback(v.nullable(v.number()), null),
	presence: v.fallback(PresenceSchema, () => ({ count: 0, institutions: [], names: null })),
	review: v.fallback(v.nullable(ReviewSchema), null),
	gaps: v.fallback(v.nullable(GapsSchema), null),
	/** authorKey → name, only while the workshop shows names; null keeps every card anonymous. */
	authorNames: v.fallback(v.nullable(v.record(v.string(), v.string())), null),
	/**
	 * authorKey → institution as it may be shown on cards (null: "Weitere Institution"); null
	 * while too few people gave one for any institution to be shown (institution-groups.ts).
	 */
	authorInstitutions: v.fallback(v.nullable(AuthorInstitutionsSchema), null)
});

export type FacilitatorState = v.InferOutput<typeof FacilitatorStateSchema>;
export type Timer = FacilitatorState['timer'];
export type Spotlight = NonNullable<FacilitatorState['spotlight']>;
export type VotingRound = NonNullable<FacilitatorState['voting']>;
export type Presence = FacilitatorState['presence'];
export type Review = NonNullable<FacilitatorState['review']>;
export type ReviewItem = Review['items'][number];
export type GapsSnapshot = NonNullable<FacilitatorState['gaps']>;
/** A change to the state document: fixed fields, or fields computed from the current state inside the same transaction. */
export type StatePatch = Partial<FacilitatorState> | ((current: FacilitatorState) => Partial<FacilitatorState>);

/** Strict: what the server writes must have the right shape, no fallbacks. */
const PatchSchema = v.partial(
	v.object({
		phase: v.picklist(PHASES),
		locked: v.boolean(),
		showNames: v.boolean(),
		silent: v.boolean(),
		pendingCards: v.number(),
		heldBackCards: v.number(),
		timer: TimerSchema,
		spotlight: v.nullable(SpotlightSchema),
		voting: v.nullable(VotingSchema),
		revealed: v.nullable(TalliesSchema),
		revealedRound: v.nullable(v.number()),
		presence: PresenceSchema,
		review: v.nullable(ReviewSchema),
		gaps: v.nullable(GapsSchema),
		authorNames: v.nullable(v.record(v.string(), v.string())),
		authorInstitutions: v.nullable(AuthorInstitutionsSchema)
	})
);

/**
 * Silent collecting: during Sammeln with silent on, participants' cards wait with the server and
 * the board is read-only for participants (the write check and the UI ask the same question).
 */
export function silentCollecting(state: Pick<FacilitatorState, 'silent' | 'phase'>): boolean {
	return state.silent && state.phase === 'sammeln';
}

export function readFacilitatorState(doc: Y.Doc): FacilitatorState {
	return v.parse(FacilitatorStateSchema, doc.getMap(STATE_ROOT).toJSON());
}

/**
 * Writes the given fields in one transaction (server only). Unchanged fields are not rewritten,
 * so repeating a command adds nothing to the document's history. Throws on a malformed patch:
 * callers parse their input first.
 */
export function writeFacilitatorState(doc: Y.Doc, patch: Partial<FacilitatorState>): FacilitatorState {
	const fields = v.parse(PatchSchema, patch);
	const map = doc.getMap(STATE_ROOT);
	doc.transact(() => {
		for (const [key, value] of Object.entries(fields)) {
			if (value === undefined) continue;
			if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
		}
	});
	return readFacilitatorState(doc);
}
