import { describe, expect, it } from 'vitest';
import { namesVisible, presencePatch, type Person } from '../../src/lib/server/presence.ts';

const people: Person[] = [
	{ participantId: 'p1', name: 'Kübra Öztürk', institution: 'Jugendmigrationsdienst', authorKey: 'k1' },
	{ participantId: 'p2', name: 'Jan Weber', institution: 'Jobcenter', authorKey: 'k2' },
	{ participantId: 'p3', name: 'Ada Berg', institution: 'Jobcenter ', authorKey: 'k3' },
	{ participantId: 'p4', name: 'Blaue Eule', institution: '', authorKey: 'k4' },
	{ participantId: 'p5', name: 'Nicht Da', institution: 'IHK', authorKey: 'k5' }
];
const here = new Set(['p1', 'p2', 'p3', 'p4']);

describe('presence', () => {
	it('counts the people connected and their institutions, most present first, and no names', () => {
		expect(presencePatch(people, here, false)).toEqual({
			presence: {
				count: 4,
				institutions: [
					{ name: 'Jobcenter', count: 2 },
					{ name: 'Jugendmigrationsdienst', count: 1 }
				],
				names: null
			},
			authorNames: null
		});
	});

	it('lists names of those here, and every author, only when names are shown', () => {
		const { presence, authorNames } = presencePatch(people, here, true);
		expect(presence.names).toEqual(['Ada Berg', 'Blaue Eule', 'Jan Weber', 'Kübra Öztürk']);
		expect(authorNames).toEqual({ k1: 'Kübra Öztürk', k2: 'Jan Weber', k3: 'Ada Berg', k4: 'Blaue Eule', k5: 'Nicht Da' });
	});

	it('shows names only where the facilitator switched them on in a workshop that is not anonymous', () => {
		expect(namesVisible(true, false)).toBe(true);
		expect(namesVisible(true, true)).toBe(false);
		expect(namesVisible(false, false)).toBe(false);
	});
});
