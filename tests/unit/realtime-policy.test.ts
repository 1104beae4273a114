import { describe, expect, it } from 'vitest';
import { mayWrite } from '../../src/lib/server/rooms/policy.ts';

const facts = (locked = false, ended = false, silent = false) => ({
	locked: () => locked,
	ended: () => ended,
	silentCollecting: () => silent
});

describe('mayWrite', () => {
	it('lets facilitators and participants write the board', () => {
		expect(mayWrite('facilitator', 'board', facts())).toBe(true);
		expect(mayWrite('participant', 'board', facts())).toBe(true);
	});

	it('keeps viewers read-only', () => {
		expect(mayWrite('viewer', 'board', facts())).toBe(false);
	});

	it('keeps everyone read-only on a locked board or an ended workshop', () => {
		for (const role of ['facilitator', 'participant'] as const) {
			expect(mayWrite(role, 'board', facts(true, false))).toBe(false);
			expect(mayWrite(role, 'board', facts(false, true))).toBe(false);
		}
	});

	it('keeps participants, but not facilitators, read-only on the board while silent collecting is on', () => {
		expect(mayWrite('participant', 'board', facts(false, false, true))).toBe(false);
		expect(mayWrite('facilitator', 'board', facts(false, false, true))).toBe(true);
	});

	it('lets no client write the facilitator state', () => {
		for (const role of ['facilitator', 'participant', 'viewer'] as const) {
			expect(mayWrite(role, 'state', facts())).toBe(false);
		}
	});
});
