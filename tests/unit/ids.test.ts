import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, normalizeJoinCode, randomId, randomJoinCode } from '../../src/lib/server/db/ids.ts';

describe('join codes', () => {
	it('have six characters without look-alikes such as 0/O and 1/I/l', () => {
		for (const ch of '01OIL') expect(JOIN_CODE_ALPHABET).not.toContain(ch);
		for (let i = 0; i < 500; i++) {
			const code = randomJoinCode();
			expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
		}
	});

	it('use every symbol of the alphabet', () => {
		const seen = new Set(Array.from({ length: 400 }, () => randomJoinCode()).join(''));
		expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
	});

	it('accept what people type from the Beamer: lower case, spaces, dashes', () => {
		expect(normalizeJoinCode(' ab3-k7 q ')).toBe('AB3K7Q');
	});
});

describe('randomId', () => {
	it('is 24 characters of base32 and does not repeat', () => {
		const ids = new Set(Array.from({ length: 1000 }, randomId));
		expect(ids.size).toBe(1000);
		for (const id of ids) expect(id).toMatch(/^[a-z2-7]{24}$/);
	});
});
