/**
 * Speed of the cluster suggestions on a full wall: 500 unsorted cards, alone and next to 20
 * existing clusters of 10 cards. Run: node --import tsx bench/suggestions.ts
 */
import { pathToFileURL } from 'node:url';
import {
	suggestClusters,
	type ExistingCluster,
	type SuggestionCard
} from '../src/lib/server/suggestions/index.ts';
import { WORKSHOP_CARDS } from '../tests/helpers/workshop-cards.ts';

const CARDS = 500;
const WARMUP = 5;
const RUNS = 30;
// Appended to the fixture texts so that no two cards are the same, as on a real wall.
const ADDITIONS = [
	'', 'im Kreis', 'seit Jahren', 'für viele', 'in unserer Stadt', 'laut Jobcenter', 'vor allem Frauen',
	'besonders im ländlichen Raum', 'nach Auskunft der Schulen', 'bei Jugendlichen über 18', 'dringend'
];

function wall(count: number, seed: number): SuggestionCard[] {
	let state = seed;
	const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	return Array.from({ length: count }, (_, i) => {
		const base = WORKSHOP_CARDS[i % WORKSHOP_CARDS.length]!;
		const addition = ADDITIONS[Math.floor(random() * ADDITIONS.length)]!;
		const text = `${base.text} ${addition}`.trim();
		return { id: `card-${String(i).padStart(4, '0')}`, text, category: base.category };
	});
}

function measure(cards: SuggestionCard[], existingClusters: readonly ExistingCluster[]) {
	const times: number[] = [];
	let suggestions = 0;
	for (let run = 0; run < WARMUP + RUNS; run++) {
		const start = performance.now();
		suggestions = suggestClusters(cards, { existingClusters }).length;
		if (run >= WARMUP) times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
	return { median: at(0.5), p95: at(0.95), max: at(1), suggestions };
}

export function run(): void {
	const cards = wall(CARDS, 42);
	const clusters = Array.from({ length: 20 }, (_, c) => ({
		id: `cluster-${c}`,
		title: `Thema ${c + 1}`,
		cardTexts: wall(10, 1000 + c).map((card) => card.text)
	}));
	for (const [name, existing] of [
		[`${CARDS} cards`, []],
		[`${CARDS} cards + 20 clusters × 10 cards`, clusters]
	] as const) {
		const result = measure(cards, existing);
		console.log(
			`suggestions  ${name.padEnd(36)} median ${result.median} ms  p95 ${result.p95} ms  ` +
				`max ${result.max} ms  (${result.suggestions} suggestions, ${RUNS} runs)`
		);
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) run();
