import { describe, expect, test } from 'vitest';
import {
	compareOrdered,
	endKeys,
	isOrderKey,
	keyAt,
	placementIndex,
	type Ordered
} from '../../../src/lib/board/ordering.ts';

const sorted = (items: Ordered[]) => [...items].sort(compareOrdered);

describe('ordering', () => {
	test('items sort by key, and by id where keys are equal', () => {
		const items = [
			{ id: 'b', order: 'a1' },
			{ id: 'c', order: 'a0' },
			{ id: 'a', order: 'a1' }
		];
		expect(sorted(items).map((i) => i.id)).toEqual(['c', 'a', 'b']);
	});

	test('a key between distinct neighbours sorts between them and moves nobody else', () => {
		const siblings = [
			{ id: 'x', order: 'a0' },
			{ id: 'y', order: 'a1' }
		];
		const slot = keyAt(siblings, 1);
		expect(slot.rekeyed).toEqual([]);
		expect(slot.key > 'a0' && slot.key < 'a1').toBe(true);
	});

	test('inserting between two cards that share a key spreads the run and lands exactly there', () => {
		const siblings: Ordered[] = [
			{ id: 'first', order: 'a0' },
			{ id: 'p', order: 'a1' },
			{ id: 'q', order: 'a1' },
			{ id: 'r', order: 'a1' },
			{ id: 'last', order: 'a2' }
		];
		const slot = keyAt(siblings, 2);
		const rekeyed = new Map(slot.rekeyed.map((s) => [s.id, s.order]));
		expect([...rekeyed.keys()]).toEqual(['p', 'q', 'r']);
		const after = sorted([
			...siblings.map((s) => ({ id: s.id, order: rekeyed.get(s.id) ?? s.order })),
			{ id: 'new', order: slot.key }
		]);
		expect(after.map((s) => s.id)).toEqual(['first', 'p', 'new', 'q', 'r', 'last']);
		expect(new Set(after.map((s) => s.order)).size).toBe(after.length);
	});

	test('a placement names the index before or after a sibling, the end, or nothing when unknown', () => {
		const siblings = [
			{ id: 'x', order: 'a0' },
			{ id: 'y', order: 'a1' }
		];
		expect(placementIndex(siblings, { before: 'y' })).toBe(1);
		expect(placementIndex(siblings, { after: 'y' })).toBe(2);
		expect(placementIndex(siblings, {})).toBe(2);
		expect(placementIndex(siblings, { before: 'gone' })).toBeNull();
	});

	test('keys at the end follow the last sibling in ascending order', () => {
		const keys = endKeys([{ id: 'x', order: 'a5' }], 3);
		expect(keys).toHaveLength(3);
		expect([...keys].sort()).toEqual(keys);
		expect(keys[0]! > 'a5').toBe(true);
	});

	test('only well-formed fractional-index strings count as order keys', () => {
		expect(isOrderKey('a0')).toBe(true);
		expect(isOrderKey(endKeys([], 1)[0])).toBe(true);
		for (const bad of ['', 'hello', 'a00', '!', 42, null, undefined, {}]) expect(isOrderKey(bad)).toBe(false);
	});
});
