import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import { buendnisse } from '../db/schema.ts';
import { generateSessionToken, sessionIdFromToken } from '../identity/session.ts';
import { renderCalendar } from '../export/ics.ts';
import { gatherReport } from '../export/gather.ts';
import type { ExportLocale } from '../export/labels.ts';
import { buendnisWorkshops, type BuendnisRow } from './buendnisse.ts';

/**
 * A Bündnis' calendar feed: every Maßnahme with a Frist of all its workshops, at a secret URL that
 * calendar programs poll (they cannot log in). One feed per Bündnis; a new one replaces the old,
 * whose URL stops working. Only the token's SHA-256 is stored.
 */

export function createCalendarFeed(context: Pick<AppContext, 'db'>, buendnisId: string): string {
	const token = generateSessionToken();
	context.db.update(buendnisse).set({ calendarFeedId: sessionIdFromToken(token) }).where(eq(buendnisse.id, buendnisId)).run();
	return token;
}

export function revokeCalendarFeed(context: Pick<AppContext, 'db'>, buendnisId: string): void {
	context.db.update(buendnisse).set({ calendarFeedId: null }).where(eq(buendnisse.id, buendnisId)).run();
}

export function resolveCalendarFeed(context: Pick<AppContext, 'db'>, token: string): BuendnisRow | null {
	if (!/^[a-z2-7]{32}$/.test(token)) return null;
	return context.db.select().from(buendnisse).where(eq(buendnisse.calendarFeedId, sessionIdFromToken(token))).get() ?? null;
}

export function calendarFeedUrl(origin: string, token: string): string {
	return `${origin}/b/${token}/calendar.ics`;
}

export async function renderBuendnisCalendar(context: Pick<AppContext, 'db' | 'rooms'>, buendnis: BuendnisRow, locale: ExportLocale): Promise<string> {
	const reports = [];
	for (const workshop of buendnisWorkshops(context.db, buendnis.id)) {
		const report = await gatherReport(context, workshop.id, []);
		if (report) reports.push(report);
	}
	return renderCalendar(buendnis.name, reports, { locale });
}
