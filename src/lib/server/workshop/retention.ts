import { and, eq, gte, isNotNull, isNull, lt, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/open.ts';
import { workshops } from '../db/schema.ts';
import { deleteWorkshop } from './workshops.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Deletes every workshop that ended more than `retentionDays` ago, with everything it holds
 * (foreign keys cascade). Returns the ids, so that live documents can be dropped as well.
 *
 * A workshop in a Bündnis is kept while the Bündnis is still at work: its Maßnahmenplan spans all
 * its workshops over years, and deleting the STARTER workshop a year in would take the Maßnahmen
 * the Kerngruppe still follows up. A Bündnis counts as at work while any of its workshops has not
 * ended (a planned Folgetreffen counts too) or ended within `retentionDays`; once its latest one
 * ended longer ago, all of them go in the same run.
 *
 * The Bündnis row itself stays: it holds its name, the Kommune and member institutions, and which
 * accounts facilitate it, nothing about participants and nothing the deleted workshops held.
 * Keeping it lets the Bündnis start its next round where it was; deleting it would also silently
 * take it from its facilitators' dashboards, which no one asked for.
 */
export function purgeExpiredWorkshops(db: Db, retentionDays: number, now = Date.now()): string[] {
	const cutoff = new Date(now - retentionDays * DAY);
	const sibling = alias(workshops, 'sibling');
	const buendnisStillActive = db
		.select({ one: sql`1` })
		.from(sibling)
		.where(
			and(
				eq(sibling.buendnisId, workshops.buendnisId),
				or(isNull(sibling.endedAt), gte(sibling.endedAt, cutoff))
			)
		);
	const expired = db
		.select({ id: workshops.id })
		.from(workshops)
		.where(
			and(
				isNotNull(workshops.endedAt),
				lt(workshops.endedAt, cutoff),
				or(isNull(workshops.buendnisId), notExists(buendnisStillActive))
			)
		)
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
