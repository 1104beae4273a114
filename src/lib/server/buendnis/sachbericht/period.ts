import { desc, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { calendarDay } from '../../../board/plan-filter.ts';
import { addDays } from '../../../board/reminders.ts';
import type { Db } from '../../db/open.ts';
import { buendnisReports } from '../../db/schema.ts';
import type { BuendnisRow } from '../buendnisse.ts';

/**
 * The reporting period of a Sachbericht. Without one given it starts the day after the last
 * report ended (so "what changed" means: since the last report), or when the Bündnis was made,
 * and ends today.
 */

const day = (field: string) => v.pipe(v.string(`${field}:invalid`), v.isoDate(`${field}:invalid`));
export const PeriodInput = v.object({ from: v.optional(day('from')), to: v.optional(day('to')) });

export interface Period {
	from: string;
	to: string;
}

export function lastReport(db: Db, buendnisId: string) {
	return db.select().from(buendnisReports).where(eq(buendnisReports.buendnisId, buendnisId)).orderBy(desc(buendnisReports.periodTo), desc(buendnisReports.id)).get() ?? null;
}

export function defaultPeriod(db: Db, buendnis: BuendnisRow, now = new Date()): Period {
	const today = calendarDay(now);
	const last = lastReport(db, buendnis.id);
	const after = last ? addDays(last.periodTo, 1) : calendarDay(buendnis.createdAt);
	return { from: after <= today ? after : today, to: today };
}

export function recordReport(db: Db, buendnisId: string, period: Period): void {
	db.insert(buendnisReports).values({ buendnisId, periodFrom: period.from, periodTo: period.to }).run();
}
