import { and, desc, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from '../db/open.ts';
import { randomId } from '../db/ids.ts';
import { accessibilityFeedback } from '../db/schema.ts';

const DAY = 24 * 60 * 60 * 1000;

export interface FeedbackInput {
	message: string;
	contact: string;
	page: string;
}

export type Feedback = typeof accessibilityFeedback.$inferSelect;

export function storeFeedback(db: Db, input: FeedbackInput, now = new Date()): Feedback {
	return db
		.insert(accessibilityFeedback)
		.values({ id: randomId(), ...input, createdAt: now })
		.returning()
		.get();
}

/** What no one has marked as done yet, newest first. */
export function openFeedback(db: Db): Feedback[] {
	return db.select().from(accessibilityFeedback).where(isNull(accessibilityFeedback.doneAt)).orderBy(desc(accessibilityFeedback.createdAt)).all();
}

/** False when there is no open feedback with that id (already done, or deleted). */
export function markFeedbackDone(db: Db, id: string, now = new Date()): boolean {
	const result = db
		.update(accessibilityFeedback)
		.set({ doneAt: now })
		.where(and(eq(accessibilityFeedback.id, id), isNull(accessibilityFeedback.doneAt)))
		.run();
	return result.changes > 0;
}

/** Feedback may name its sender: it goes, done or not, `retentionDays` after it arrived. */
export function purgeOldFeedback(db: Db, retentionDays: number, now = Date.now()): number {
	return db
		.delete(accessibilityFeedback)
		.where(lt(accessibilityFeedback.createdAt, new Date(now - retentionDays * DAY)))
		.run().changes;
}
