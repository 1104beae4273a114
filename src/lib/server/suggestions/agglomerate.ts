/**
 * Average-linkage (UPGMA) agglomerative clustering with a similarity threshold, by the
 * nearest-neighbour chain: O(n²) time on a dense similarity matrix instead of the naive O(n³).
 * Average linkage is reducible (merging two clusters never brings a third closer than its closest
 * member was), so the chain finds the same clusters as merging the most similar pair each time,
 * and a pair of mutual nearest neighbours below the threshold can be set aside for good: nothing
 * will ever come close enough to either of them again.
 *
 * `similarity` is row-major n×n and symmetric, and is overwritten; -Infinity forbids a pair (two
 * existing clusters).
 * `sizes` weight the items (an existing cluster counts as many cards as it holds). Ties go to the
 * lower index, so the result depends only on the input. Returns groups of item indices, ascending
 * within a group and by first item.
 */
export function averageLinkage(
	similarity: Float64Array,
	sizes: readonly number[],
	threshold: number
): number[][] {
	const n = sizes.length;
	const weight = [...sizes];
	const members: number[][] = sizes.map((_, i) => [i]);
	const active = new Uint8Array(n).fill(1);
	const groups: number[][] = [];
	const chain: number[] = [];
	let remaining = n;
	let next = 0;

	const retire = (i: number) => {
		active[i] = 0;
		remaining--;
		groups.push(members[i]!.sort((a, b) => a - b));
	};

	while (remaining > 0) {
		if (chain.length === 0) {
			while (!active[next]) next++;
			chain.push(next);
		}
		const top = chain[chain.length - 1]!;
		const previous = chain.length > 1 ? chain[chain.length - 2]! : -1;
		let best = previous;
		let bestSimilarity = previous === -1 ? -Infinity : similarity[top * n + previous]!;
		for (let k = 0; k < n; k++) {
			if (k === top || !active[k]) continue;
			const s = similarity[top * n + k]!;
			if (s > bestSimilarity) {
				best = k;
				bestSimilarity = s;
			}
		}
		if (best === -1) {
			chain.pop();
			retire(top);
		} else if (best !== previous) {
			chain.push(best);
		} else {
			chain.length -= 2;
			if (bestSimilarity >= threshold) merge(top, previous);
			else {
				retire(top);
				retire(previous);
			}
		}
	}
	return groups.sort((a, b) => a[0]! - b[0]!);

	function merge(a: number, b: number) {
		const [into, from] = a < b ? [a, b] : [b, a];
		const wa = weight[into]!;
		const wb = weight[from]!;
		for (let k = 0; k < n; k++) {
			if (!active[k] || k === into || k === from) continue;
			const s = (wa * similarity[into * n + k]! + wb * similarity[from * n + k]!) / (wa + wb);
			similarity[into * n + k] = s;
			similarity[k * n + into] = s;
		}
		weight[into] = wa + wb;
		members[into]!.push(...members[from]!);
		active[from] = 0;
		remaining--;
	}
}
