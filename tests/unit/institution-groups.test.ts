import { describe, expect, test } from 'vitest';
import { institutionGroups, minGroupOf } from '../../src/lib/board/institution-groups.ts';

const people = (institution: string, n: number) => Array.from({ length: n }, () => institution);

describe('which institutions may be shown', () => {
	test('an institution with K people shows by its name, one with fewer as Weitere Institution', () => {
		const groups = institutionGroups([...people('Jobcenter', 3), ...people('IHK', 3), 'Ausländerbehörde', '', ' '], 3);
		expect([groups.shown, groups.named]).toEqual([true, true]);
		expect(groups.label('Jobcenter')).toBe('Jobcenter');
		expect(groups.label(' IHK ')).toBe('IHK');
		expect(groups.label('Ausländerbehörde')).toBeNull();
		expect(groups.label('')).toBeNull();
	});

	test('when Weitere would point at one or two people, the smallest named institution joins it', () => {
		const groups = institutionGroups([...people('Jobcenter', 5), ...people('IHK', 3), ...people('Ausländerbehörde', 1)], 3);
		expect(groups.label('Jobcenter')).toBe('Jobcenter');
		expect(groups.label('IHK')).toBeNull();
		expect(groups.label('Ausländerbehörde')).toBeNull();
	});

	test('fewer than K people in all: no institution is shown', () => {
		const groups = institutionGroups(['Jobcenter', 'Jobcenter'], 3);
		expect([groups.shown, groups.named]).toEqual([false, false]);
		expect(groups.label('Jobcenter')).toBeNull();
	});

	test('nobody gave an institution: nothing is named', () => {
		expect(institutionGroups(people('', 8), 3).named).toBe(false);
	});

	test('K comes from the workshop settings, 3 where it is missing or out of range', () => {
		expect(minGroupOf({ minGroup: 5 })).toBe(5);
		expect(minGroupOf({})).toBe(3);
		expect(minGroupOf({ minGroup: 1 })).toBe(3);
		expect(minGroupOf({ minGroup: '4' })).toBe(3);
	});
});
