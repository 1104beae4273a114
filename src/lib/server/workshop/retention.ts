import { and, isNotNull, lt } from 'drizzle-orm';
import type { Db } from '../db/open.ts';
import { workshops } from '../db/schema.ts';
import { deleteWorkshop } from './workshops.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Deletes every workshop that ended more than `retentionDays` ago, with everything it holds
 * (foreign keys cascade). Returns the ids, so that live documents can be dropped as well.
 */
export function purgeExpiredWorkshops(db: Db, retentionDays: number, now = Date.now()): string[] {
	const cutoff = new Date(now - retentionDays * DAY);
	const expired = db
		.select({ id: workshops.id })
		.from(workshops)
		.where(and(isNotNull(workshops.endedAt), lt(workshops.endedAt, cutoff)))
		.all()
		.map((row) => row.id);
	for (const id of expired) deleteWorkshop(db, id);
	return expired;
}

export interface RetentionJob {
	stop(): void;
}

/** Runs the purge now and then once a day (a timer that does not keep the process alive). */
export function scheduleRetention(run: () => void, intervalMs = DAY): RetentionJob {
	run();
	const timer = setInterval(run, intervalMs);
	timer.unref();
	return { stop: () => clearInterval(timer) };
}
