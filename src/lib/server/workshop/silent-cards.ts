import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import * as v from 'valibot';
import type * as Y from 'yjs';
import { CARD_LANGUAGES } from '../../board/card-languages.ts';
import { addCard } from '../../board/cards.ts';
import { LIMITS } from '../../board/fields.ts';
import { entryOf } from '../../board/schema.ts';
import type { Db } from '../db/open.ts';
import { pendingCards } from '../db/schema.ts';
import { randomId } from '../db/ids.ts';
import { text } from '../http/validation.ts';

/**
 * Silent Sammeln: participants' cards wait in `pending_cards` until the facilitator reveals them.
 * Only the author and the facilitators see a waiting card's text; everyone else sees counts.
 */

/** Enough for any honest participant, and a bound on what one session can pile up. */
export const MAX_WAITING_PER_PARTICIPANT = 50;

export type PendingRow = typeof pendingCards.$inferSelect;

/** A waiting card as its author or a facilitator sees it; never with a name or authorKey. */
export interface PendingCardView {
	id: string;
	text: string;
	category: string;
	heldBack: boolean;
	createdAt: number;
}

const category = (categories: readonly string[]) => v.picklist(categories, 'category:unknown');

export const newCardInput = (categories: readonly string[]) =>
	v.object({
		text: text('text', LIMITS.cardText),
		category: category(categories),
		lang: v.nullish(v.picklist(CARD_LANGUAGES, 'lang:invalid'), null)
	});

export const cardEditInput = (categories: readonly string[]) =>
	v.object({
		text: v.optional(text('text', LIMITS.cardText)),
		category: v.optional(category(categories)),
		heldBack: v.optional(v.boolean('heldBack:invalid'))
	});

export function viewOf(row: PendingRow): PendingCardView {
	return { id: row.id, text: row.text, category: row.category, heldBack: row.heldBack, createdAt: row.createdAt.getTime() };
}

const waitingIn = (workshopId: string) => and(eq(pendingCards.workshopId, workshopId), isNull(pendingCards.revealedAt));

export function addPendingCard(
	db: Db,
	author: { workshopId: string; participantId: string; authorKey: string },
	input: { text: string; category: string; lang: string | null }
): PendingRow | null {
	return db.transaction((tx) => {
		const mine = tx
			.select({ n: count() })
			.from(pendingCards)
			.where(and(waitingIn(author.workshopId), eq(pendingCards.participantId, author.participantId)))
			.get();
		if ((mine?.n ?? 0) >= MAX_WAITING_PER_PARTICIPANT) return null;
		const row: PendingRow = { id: randomId(), ...author, ...input, heldBack: false, revealedAt: null, createdAt: new Date() };
		tx.insert(pendingCards).values(row).run();
		return row;
	});
}

/** Waiting cards, oldest first: a participant's own, or (participantId null) all of them. */
export function listWaiting(db: Db, workshopId: string, participantId: string | null): PendingRow[] {
	const mine = participantId === null ? undefined : eq(pendingCards.participantId, participantId);
	return db
		.select()
		.from(pendingCards)
		.where(and(waitingIn(workshopId), mine))
		.orderBy(asc(pendingCards.createdAt), asc(pendingCards.id))
		.all();
}

export function getWaiting(db: Db, workshopId: string, id: string): PendingRow | undefined {
	return db
		.select()
		.from(pendingCards)
		.where(and(waitingIn(workshopId), eq(pendingCards.id, id)))
		.get();
}

export function updateWaiting(
	db: Db,
	row: PendingRow,
	patch: Partial<Pick<PendingRow, 'text' | 'category' | 'heldBack'>>
): PendingRow {
	db.update(pendingCards).set(patch).where(eq(pendingCards.id, row.id)).run();
	return { ...row, ...patch };
}

export function deleteWaiting(db: Db, id: string): void {
	db.delete(pendingCards).where(and(eq(pendingCards.id, id), isNull(pendingCards.revealedAt))).run();
}

/** The counts the state document shows everyone. */
export function waitingCounts(db: Db, workshopId: string): { pendingCards: number; heldBackCards: number } {
	const rows = db
		.select({ heldBack: pendingCards.heldBack, n: count() })
		.from(pendingCards)
		.where(waitingIn(workshopId))
		.groupBy(pendingCards.heldBack)
		.all();
	return {
		pendingCards: rows.find((r) => !r.heldBack)?.n ?? 0,
		heldBackCards: rows.find((r) => r.heldBack)?.n ?? 0
	};
}

/**
 * "Aufdecken": pins waiting cards onto the board with their author's pseudonym and marks them
 * revealed. Without `ids`, every card not held back; with `ids`, exactly those (a held-back card
 * named here is released). Runs inside the board transaction, so the board and the table change
 * together; a card already on the board (the same id, after a crash between the two) is only
 * marked. Returns the ids now on the board.
 */
export function revealWaiting(db: Db, doc: Y.Doc, workshopId: string, ids?: readonly string[]): string[] {
	return db.transaction((tx) => {
		const chosen = ids === undefined ? eq(pendingCards.heldBack, false) : inArray(pendingCards.id, [...ids]);
		const rows = tx
			.select()
			.from(pendingCards)
			.where(and(waitingIn(workshopId), chosen))
			.orderBy(asc(pendingCards.createdAt), asc(pendingCards.id))
			.all();
		const revealed: string[] = [];
		for (const row of rows) {
			const placed =
				entryOf(doc, 'cards', row.id) !== undefined ||
				addCard(doc, {
					id: row.id,
					text: row.text,
					category: row.category,
					lang: row.lang,
					authorKey: row.authorKey,
					now: row.createdAt.getTime()
				}).ok;
			if (placed) revealed.push(row.id);
		}
		if (revealed.length > 0) {
			tx.update(pendingCards).set({ revealedAt: new Date(), heldBack: false }).where(inArray(pendingCards.id, revealed)).run();
		}
		return revealed;
	});
}
