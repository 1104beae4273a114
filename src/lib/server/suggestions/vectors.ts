import type { Features } from './features.ts';

/** A unit-length sparse vector: feature ids (ascending) and their weights. */
export interface SparseVector {
	ids: Int32Array;
	values: Float64Array;
}

/**
 * TF-IDF over the given documents, each vector scaled to unit length; `keys[id]` names a
 * feature. The IDF is smoothed (ln(1 + N/df)) so that a feature every card shares still counts.
 */
export function tfidfVectors(documents: readonly Features[]): { vectors: SparseVector[]; keys: string[] } {
	const index = new Map<string, number>();
	const documentFrequency: number[] = [];
	for (const features of documents) {
		for (const key of features.keys()) {
			let id = index.get(key);
			if (id === undefined) {
				id = documentFrequency.length;
				index.set(key, id);
				documentFrequency.push(0);
			}
			documentFrequency[id]!++;
		}
	}
	const total = documents.length;
	const vectors = documents.map((features) => {
		const entries = [...features].map(([key, tf]): [number, number] => {
			const id = index.get(key)!;
			return [id, tf * Math.log(1 + total / documentFrequency[id]!)];
		});
		entries.sort((a, b) => a[0] - b[0]);
		return unit(entries);
	});
	return { vectors, keys: [...index.keys()] };
}

/**
 * All pairwise cosines as a dense row-major n×n matrix. Walks an inverted index, so each pair
 * costs only the features it shares: short cards share few.
 */
export function pairwiseCosines(vectors: readonly SparseVector[]): Float64Array {
	const n = vectors.length;
	const matrix = new Float64Array(n * n);
	const postings = new Map<number, { items: number[]; values: number[] }>();
	vectors.forEach((vector, item) => {
		vector.ids.forEach((id, k) => {
			let posting = postings.get(id);
			if (!posting) postings.set(id, (posting = { items: [], values: [] }));
			posting.items.push(item);
			posting.values.push(vector.values[k]!);
		});
	});
	for (const { items, values } of postings.values()) {
		for (let a = 0; a < items.length; a++) {
			const row = items[a]! * n;
			const value = values[a]!;
			for (let b = a + 1; b < items.length; b++) {
				const cell = row + items[b]!;
				matrix[cell] = matrix[cell]! + value * values[b]!;
			}
		}
	}
	for (let i = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++) matrix[j * n + i] = matrix[i * n + j]!;
	}
	return matrix;
}

/**
 * The features two vectors share, each with its part of their cosine (the product of its
 * weights): the parts add up to the cosine and say what it rests on. One walk along both id lists.
 */
export function sharedFeatures(a: SparseVector, b: SparseVector): { id: number; weight: number }[] {
	const shared: { id: number; weight: number }[] = [];
	for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
		const ai = a.ids[i]!;
		const bj = b.ids[j]!;
		if (ai === bj) shared.push({ id: ai, weight: a.values[i++]! * b.values[j++]! });
		else if (ai < bj) i++;
		else j++;
	}
	return shared;
}

/** The direction of a group of vectors: their sum, scaled to unit length. */
export function centroid(vectors: readonly SparseVector[]): SparseVector {
	const sums = new Map<number, number>();
	for (const vector of vectors) {
		vector.ids.forEach((id, k) => sums.set(id, (sums.get(id) ?? 0) + vector.values[k]!));
	}
	return unit([...sums].sort((a, b) => a[0] - b[0]));
}

function unit(entries: [number, number][]): SparseVector {
	const norm = Math.sqrt(entries.reduce((sum, [, value]) => sum + value * value, 0)) || 1;
	return {
		ids: Int32Array.from(entries, ([id]) => id),
		values: Float64Array.from(entries, ([, value]) => value / norm)
	};
}
