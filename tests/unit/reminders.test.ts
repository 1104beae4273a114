import { describe, expect, it } from 'vitest';
import { addDays, daysUntil, emailIn, reminderKind } from '../../src/lib/board/reminders.ts';

describe('when a Maßnahme needs a reminder', () => {
	const today = '2027-03-01';

	it('is due soon within 14 days, overdue after its Frist, and never when done or without a Frist', () => {
		expect(reminderKind({ due: '2027-03-15', status: 'open' }, today)).toBe('due_soon');
		expect(reminderKind({ due: '2027-03-16', status: 'open' }, today)).toBeNull();
		expect(reminderKind({ due: today, status: 'stuck' }, today)).toBe('due_soon');
		expect(reminderKind({ due: '2027-02-28', status: 'in_progress' }, today)).toBe('overdue');
		expect(reminderKind({ due: '2027-02-28', status: 'done' }, today)).toBeNull();
		expect(reminderKind({ due: null, status: 'open' }, today)).toBeNull();
		expect(reminderKind({ due: '2027-03-20', status: 'open' }, today, 30)).toBe('due_soon');
	});

	it('counts days across month ends, leap days and the change to summer time', () => {
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
		expect(daysUntil('2027-03-29', '2027-03-27')).toBe(2);
		expect(daysUntil('2027-02-26', today)).toBe(-3);
	});
});

describe('the e-mail address of a contact', () => {
	it('is found in the free text of the Ansprechperson field, or there is none', () => {
		expect(emailIn('Frau Kaya, kaya@vhs.example, 0211 123')).toBe('kaya@vhs.example');
		expect(emailIn('<m.demir@jobcenter-musterstadt.de>')).toBe('m.demir@jobcenter-musterstadt.de');
		expect(emailIn('Herr Demir, Zimmer 12')).toBeNull();
		expect(emailIn('@jobcenter')).toBeNull();
	});
});
