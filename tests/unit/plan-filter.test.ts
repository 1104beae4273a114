import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { byFrist, calendarDay, filterChoices, filterPlan, isOverdue, PlanFilter, type PlanRow } from '../../src/lib/board/plan-filter.ts';

const row = (over: Partial<PlanRow>): PlanRow => ({
	workshopId: 'w1',
	workshopTitle: 'STARTER',
	id: over.title ?? 'a',
	title: 'Maßnahme',
	thema: 'Sprache',
	owner: 'Jobcenter',
	contact: '',
	due: null,
	status: 'open',
	statusNote: '',
	notes: '',
	gap: null,
	...over
});

const rows = [
	row({ title: 'Sprachcafé', due: '2027-01-10', owner: 'VHS' }),
	row({ title: 'Kita-Plätze', thema: 'Kinderbetreuung', due: '2026-11-30', owner: 'Jugendamt' }),
	row({ title: 'Erledigt', due: '2026-10-01', status: 'done' }),
	row({ workshopId: 'w2', workshopTitle: 'Folgetreffen', title: 'Praktika', thema: ' sprache ', owner: 'jobcenter' })
];
const titles = (list: PlanRow[]) => list.map((r) => r.title);
const parse = (query: string) => v.parse(PlanFilter, Object.fromEntries(new URLSearchParams(query)));

describe('the Bündnis plan filter', () => {
	test('overdue means a Frist before today on a Maßnahme that is not done', () => {
		expect(isOverdue({ due: '2026-12-04', status: 'in_progress' }, '2026-12-05')).toBe(true);
		expect(isOverdue({ due: '2026-12-05', status: 'open' }, '2026-12-05')).toBe(false);
		expect(isOverdue({ due: '2026-01-01', status: 'done' }, '2026-12-05')).toBe(false);
		expect(isOverdue({ due: null, status: 'open' }, '2026-12-05')).toBe(false);
	});

	test('matches Thema and institution across workshops by their words, whatever the case and spaces', () => {
		expect(titles(filterPlan(rows, parse('thema=Sprache'), '2026-12-05'))).toEqual(['Sprachcafé', 'Erledigt', 'Praktika']);
		expect(titles(filterPlan(rows, parse('institution=Jobcenter'), '2026-12-05'))).toEqual(['Erledigt', 'Praktika']);
	});

	test('combines workshop, status and overdue', () => {
		expect(titles(filterPlan(rows, parse('workshop=w2'), '2026-12-05'))).toEqual(['Praktika']);
		expect(titles(filterPlan(rows, parse('status=done'), '2026-12-05'))).toEqual(['Erledigt']);
		expect(titles(filterPlan(rows, parse('overdue=1'), '2026-12-05'))).toEqual(['Kita-Plätze']);
		expect(titles(filterPlan(rows, parse('overdue=1&thema=Sprache'), '2026-12-05'))).toEqual([]);
		expect(titles(filterPlan(rows, parse('workshop=&thema=&institution=&status=&overdue='), '2026-12-05'))).toHaveLength(4);
	});

	test('refuses a status or overdue it does not know', () => {
		expect(v.safeParse(PlanFilter, { status: 'stalled' }).success).toBe(false);
		expect(v.safeParse(PlanFilter, { status: 'stuck' }).success).toBe(true);
		expect(v.safeParse(PlanFilter, { overdue: 'yes' }).success).toBe(false);
	});

	test('sorts by Frist, without Frist last, and offers each Thema and institution once', () => {
		expect(titles([...rows].sort(byFrist))).toEqual(['Erledigt', 'Kita-Plätze', 'Sprachcafé', 'Praktika']);
		expect(filterChoices(rows)).toEqual({ themen: ['Kinderbetreuung', 'Sprache'], institutions: ['Jobcenter', 'Jugendamt', 'VHS'] });
	});

	test('today is the calendar day in Germany, not in UTC', () => {
		expect(calendarDay(new Date('2026-12-05T23:30:00Z'))).toBe('2026-12-06');
		expect(calendarDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
	});
});
