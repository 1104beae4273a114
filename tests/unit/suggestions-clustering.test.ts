import { describe, expect, it } from 'vitest';
import { averageLinkage } from '../../src/lib/server/suggestions/agglomerate.ts';
import { analyseAll } from '../../src/lib/server/suggestions/features.ts';
import { centroid, pairwiseCosines, tfidfVectors } from '../../src/lib/server/suggestions/vectors.ts';

/** A symmetric matrix from its upper triangle, given row by row. */
function matrix(n: number, upper: number[]): Float64Array {
	const m = new Float64Array(n * n);
	let k = 0;
	for (let i = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++) {
			m[i * n + j] = upper[k]!;
			m[j * n + i] = upper[k++]!;
		}
	}
	return m;
}

describe('averageLinkage', () => {
	it('finds two blocks and leaves an outsider alone', () => {
		// items 0,1,2 alike; 3,4 alike; 5 like nothing
		const s = matrix(6, [0.8, 0.7, 0.1, 0, 0, 0.9, 0, 0.1, 0, 0, 0, 0, 0.6, 0, 0]);
		expect(averageLinkage(s, [1, 1, 1, 1, 1, 1], 0.5)).toEqual([[0, 1, 2], [3, 4], [5]]);
	});

	it('averages over all members instead of chaining through the closest one', () => {
		// 0~1 and 1~2 are close, 0 and 2 unrelated: single linkage would chain all three
		const s = matrix(3, [0.9, 0, 0.8]);
		expect(averageLinkage(s, [1, 1, 1], 0.5)).toEqual([[0, 1], [2]]);
		expect(averageLinkage(matrix(3, [0.9, 0, 0.8]), [1, 1, 1], 0.4)).toEqual([[0, 1, 2]]);
	});

	it('weights an item by its size', () => {
		// item 0 stands for ten cards: item 2 joins 0+1 only if it is close to 0
		const s = matrix(3, [0.9, 0.3, 0.9]);
		expect(averageLinkage(s, [10, 1, 1], 0.5)).toEqual([[0, 1], [2]]);
		expect(averageLinkage(matrix(3, [0.9, 0.3, 0.9]), [1, 1, 1], 0.5)).toEqual([[0, 1, 2]]);
	});

	it('never merges a forbidden pair, not even through a third item', () => {
		const s = matrix(3, [-Infinity, 0.9, 0.8]);
		const groups = averageLinkage(s, [1, 1, 1], 0.5);
		expect(groups).toContainEqual([0, 2]);
		expect(groups).toContainEqual([1]);
	});

	it('breaks ties towards the lower index', () => {
		// 0 is as close to 1 as to 2; whichever it takes first, the third no longer fits
		const s = matrix(3, [0.8, 0.8, 0]);
		expect(averageLinkage(s, [1, 1, 1], 0.5)).toEqual([[0, 1], [2]]);
	});
});

describe('TF-IDF vectors', () => {
	it('gives identical texts cosine 1 and texts without a shared feature cosine 0', () => {
		const text = 'Wohnungssuche ohne Schufa';
		const analyses = analyseAll([{ text }, { text }, { text: 'Mathe' }]);
		const { vectors } = tfidfVectors(analyses.map((analysis) => analysis.features));
		const cosines = pairwiseCosines(vectors);
		expect(cosines[1]).toBeCloseTo(1, 10);
		expect(cosines[2]).toBe(0);
		expect(cosines[3]).toBe(cosines[1]);
	});

	it('weights a feature shared by fewer documents higher', () => {
		const analyses = analyseAll([
			{ text: 'Schufa Termin' }, { text: 'Termin Mathe' }, { text: 'Termin Wohnung' }, { text: 'Schufa Bus' }
		]);
		const { vectors, keys } = tfidfVectors(analyses.map((analysis) => analysis.features));
		const first = vectors[0]!;
		const weightOf = (key: string) => first.values[[...first.ids].indexOf(keys.indexOf(key))]!;
		expect(weightOf('w:schufa')).toBeGreaterThan(weightOf('w:termin'));
	});

	it('builds a unit-length centroid pointing between its members', () => {
		const { vectors } = tfidfVectors(analyseAll([{ text: 'Zirkus' }, { text: 'Mathe' }]).map((a) => a.features));
		const middle = centroid(vectors);
		expect([...middle.values].reduce((sum, value) => sum + value * value, 0)).toBeCloseTo(1, 10);
		expect(middle.values[0]).toBeCloseTo(middle.values[1]!, 10);
	});
});
