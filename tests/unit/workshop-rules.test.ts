import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../src/lib/server/db/open.ts';
import { createUser } from '../../src/lib/server/identity/users.ts';
import { createWorkshop, updateWorkshop, workshopSettings } from '../../src/lib/server/workshop/workshops.ts';

let database: OpenDatabase;
let owner: string;

beforeEach(async () => {
	database = openDatabase(':memory:');
	const created = await createUser(database.db, { email: 'o@example.org', name: 'Olga', password: 'lang-genug-1' });
	if (!created.ok) throw new Error('user');
	owner = created.value.id;
});

afterEach(() => database.close());

describe('workshop rules', () => {
	it('start a STARTER workshop with the ten categories of the design, editable per workshop', () => {
		const created = createWorkshop(database.db, owner, { title: 'STARTER' });
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		expect(workshopSettings(created.value).categories).toEqual([
			'Sprache',
			'Kinderbetreuung',
			'Bürokratie & Behörden',
			'Kompetenzfeststellung',
			'Praxiserfahrung',
			'Schule & Ausbildung',
			'Wohnen',
			'Gesundheit',
			'Aufenthaltsrecht',
			'Sonstiges'
		]);
		const edited = updateWorkshop(database.db, created.value, {
			title: 'STARTER',
			categories: ['Sprache', '  ', 'Sprache', 'Mobilität']
		});
		expect(edited.ok && workshopSettings(edited.value).categories).toEqual(['Sprache', 'Mobilität']);
	});

	it('name each field that is wrong', () => {
		const result = createWorkshop(database.db, owner, {
			title: '',
			municipality: 'x'.repeat(121),
			date: '3.12.2026',
			categories: []
		});
		expect(result).toEqual({
			ok: false,
			errors: { title: 'required', municipality: 'too_long', date: 'invalid', categories: 'required' }
		});
	});

	it('treat an empty date as no date', () => {
		const result = createWorkshop(database.db, owner, { title: 'Ohne Datum', date: '' });
		expect(result.ok && result.value.date).toBeNull();
	});
});
