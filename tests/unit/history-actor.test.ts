import { describe, expect, it } from 'vitest';
import { actorLabel, decodeActor, encodeActor, type ActorWords, type HistoryActor } from '../../src/lib/board/history-actor.ts';

const english: ActorWords = {
	participant: 'Participant',
	participantFrom: (institution) => `Participant (${institution})`,
	kerngruppe: (label) => `Steering group (${label})`,
	owner: (owner) => `Owner (${owner})`,
	board: 'Pinnwand'
};

describe('history actors', () => {
	it('survive storing, whatever the names hold', () => {
		const actors: HistoryActor[] = [
			{ kind: 'person', name: 'Savaş Beltir' },
			{ kind: 'person', name: 'Dr: mit Doppelpunkt' },
			{ kind: 'person', name: '' },
			{ kind: 'participant', institution: 'Jobcenter' },
			{ kind: 'participant', institution: null },
			{ kind: 'kerngruppe', label: 'Kerngruppe: Musterstadt' },
			{ kind: 'owner', owner: 'VHS: Fachbereich Sprache' },
			{ kind: 'board' }
		];
		for (const actor of actors) expect(decodeActor(encodeActor(actor))).toEqual(actor);
	});

	it('show older rows and foreign files as they were written', () => {
		expect(decodeActor('Teilnehmende (Jobcenter)')).toEqual({ kind: 'person', name: 'Teilnehmende (Jobcenter)' });
		expect(decodeActor('Dr: Anna')).toEqual({ kind: 'person', name: 'Dr: Anna' });
	});

	it('are named in the reader’s words, people by their name', () => {
		expect(actorLabel({ kind: 'participant', institution: 'Jobcenter' }, english)).toBe('Participant (Jobcenter)');
		expect(actorLabel({ kind: 'participant', institution: null }, english)).toBe('Participant');
		expect(actorLabel({ kind: 'kerngruppe', label: 'Kerngruppe Musterstadt' }, english)).toBe('Steering group (Kerngruppe Musterstadt)');
		expect(actorLabel({ kind: 'owner', owner: 'VHS Musterstadt' }, english)).toBe('Owner (VHS Musterstadt)');
		expect(actorLabel({ kind: 'board' }, english)).toBe('Pinnwand');
		expect(actorLabel({ kind: 'person', name: 'Олена' }, english)).toBe('Олена');
	});
});
