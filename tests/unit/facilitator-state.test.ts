import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readFacilitatorState, silentCollecting, STATE_ROOT, writeFacilitatorState } from '../../src/lib/board/facilitator-state.ts';
import { phasesOf } from '../../src/lib/board/templates.ts';

describe('facilitator state', () => {
	it('reads a fresh document as the defaults', () => {
		expect(readFacilitatorState(new Y.Doc())).toEqual({
			phase: 'ankommen',
			locked: false,
			showNames: false,
			silent: false,
			pendingCards: 0,
			heldBackCards: 0,
			timer: { endsAt: null, remainingMs: 0, running: false },
			spotlight: null,
			voting: null,
			revealed: null,
			revealedRound: null,
			presence: { count: 0, institutions: [], names: null },
			review: null,
			gaps: null,
			authorNames: null,
			authorInstitutions: null
		});
	});

	it('writes fields and reads them back', () => {
		const doc = new Y.Doc();
		const state = writeFacilitatorState(doc, { phase: 'clustern', locked: true, spotlight: { kind: 'results' } });
		expect(state).toMatchObject({ phase: 'clustern', locked: true, spotlight: { kind: 'results' } });
		expect(readFacilitatorState(doc)).toEqual(state);
	});

	it('does not rewrite a field that did not change', () => {
		const doc = new Y.Doc();
		writeFacilitatorState(doc, { phase: 'sammeln' });
		const before = Y.encodeStateVector(doc);
		writeFacilitatorState(doc, { phase: 'sammeln' });
		expect(Y.encodeStateVector(doc)).toEqual(before);
	});

	it('refuses a cluster spotlight without the cluster id', () => {
		const doc = new Y.Doc();
		expect(() => writeFacilitatorState(doc, { spotlight: { kind: 'cluster' } as never })).toThrow();
		expect(writeFacilitatorState(doc, { spotlight: { kind: 'cluster', id: 'c1' } }).spotlight).toEqual({
			kind: 'cluster',
			id: 'c1'
		});
	});

	it('counts as silent collecting only during Sammeln', () => {
		expect(silentCollecting({ silent: true, phase: 'sammeln' })).toBe(true);
		expect(silentCollecting({ silent: true, phase: 'clustern' })).toBe(false);
		expect(silentCollecting({ silent: false, phase: 'sammeln' })).toBe(false);
	});

	it('reads a value of the wrong shape as the default and refuses to write one', () => {
		const doc = new Y.Doc();
		doc.getMap(STATE_ROOT).set('phase', 'party');
		expect(readFacilitatorState(doc).phase).toBe('ankommen');
		expect(() => writeFacilitatorState(doc, { phase: 'party' as never })).toThrow();
	});

	it('reads a voting round written before rounds named their targets as a round on clusters', () => {
		const doc = new Y.Doc();
		doc.getMap(STATE_ROOT).set('voting', { round: 1, status: 'open', budget: 5, maxPerTarget: 3 });
		expect(readFacilitatorState(doc).voting).toEqual({
			round: 1,
			status: 'open',
			budget: 5,
			maxPerTarget: 3,
			targets: 'clusters'
		});
		expect(() =>
			writeFacilitatorState(doc, { voting: { round: 2, status: 'open', budget: 5, maxPerTarget: 3 } as never })
		).toThrow();
	});

	it('keeps a Lückenanalyse with every residence status, and reads one missing a status as none', () => {
		const doc = new Y.Doc();
		const cell = { ja: 0, unklar: 1, actions: [{ title: 'Wohnungsbörse', status: 'open' as const }] };
		const gaps = { at: '2027-01-15T10:00:00.000Z', rows: [{ thema: 'Wohnen', cells: { gestattung: cell, duldung: cell, erlaubnis: cell, anerkannt: cell } }] };
		expect(writeFacilitatorState(doc, { gaps }).gaps).toEqual(gaps);
		const { anerkannt: _, ...short } = gaps.rows[0]!.cells;
		doc.getMap(STATE_ROOT).set('gaps', { ...gaps, rows: [{ thema: 'Wohnen', cells: short }] });
		expect(readFacilitatorState(doc).gaps).toBeNull();
		expect(() => writeFacilitatorState(doc, { gaps: { at: gaps.at, rows: [{ thema: 'Wohnen', cells: short }] } as never })).toThrow();
	});

	it('keeps a Rückblick of the right shape and reads a broken one as none', () => {
		const doc = new Y.Doc();
		const item = { workshopId: 'w', workshopTitle: 'STARTER', actionId: 'a', title: 'Sprachcafé', thema: null, owner: 'VHS', due: null, status: 'stuck', statusNote: 'Kein Raum' } as const;
		expect(writeFacilitatorState(doc, { review: { items: [item], current: 0 } }).review).toEqual({ items: [item], current: 0 });
		expect(() => writeFacilitatorState(doc, { review: { items: [{ ...item, status: 'later' as 'open' }], current: 0 } })).toThrow();
		doc.getMap(STATE_ROOT).set('review', { items: 'none', current: 0 });
		expect(readFacilitatorState(doc).review).toBeNull();
	});
});

describe('the phases of a template', () => {
	it('start a Folgetreffen with the Rückblick, a STARTER workshop with Ankommen, an unknown template like STARTER', () => {
		expect(phasesOf('folgetreffen')[0]).toBe('rueckblick');
		expect(phasesOf('starter')).toEqual(['ankommen', 'sammeln', 'clustern', 'punkten', 'massnahmen', 'abschluss']);
		expect(phasesOf('aus-einer-anderen-instanz')).toEqual(phasesOf('starter'));
	});
});
