/**
 * Export benchmark: a workshop with 500 cards, 40 clusters and 30 action items rendered to the
 * PDF Ergebnisprotokoll. Target: median under one second, memory bounded.
 *
 *   npm run bench -- export [runs]
 *   node --expose-gc --import tsx bench/export.ts [runs]
 *
 * Prints the first (cold) run, the median and the slowest of the warm runs, the process's peak
 * RSS, and the heap still held after all runs (with --expose-gc, after a collection). A missed
 * target sets a failing exit code.
 */
import { pathToFileURL } from 'node:url';
import { renderPdf } from '../src/lib/server/export/pdf.ts';
import { sampleReport } from '../tests/helpers/sample-report.ts';

export const TARGET_MS = 1000;
const SIZE = { cards: 500, clusters: 40, actions: 30 };

export interface ExportBenchResult {
	runs: number;
	coldMs: number;
	medianMs: number;
	maxMs: number;
	pdfBytes: number;
	rssBeforeMb: number;
	peakRssMb: number;
	heapRetainedMb: number;
	ok: boolean;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const collect = () => (globalThis as { gc?: () => void }).gc?.();

export async function measure(runs = 10): Promise<ExportBenchResult> {
	const report = sampleReport(SIZE);
	collect();
	const rssBefore = process.memoryUsage().rss;
	const heapBefore = process.memoryUsage().heapUsed;
	const times: number[] = [];
	let pdfBytes = 0;
	for (let i = 0; i <= runs; i++) {
		const start = performance.now();
		pdfBytes = (await renderPdf(report, { locale: 'de' })).length;
		times.push(performance.now() - start);
	}
	collect();
	const [coldMs, ...warm] = times as [number, ...number[]];
	warm.sort((a, b) => a - b);
	const medianMs = warm[Math.floor(warm.length / 2)]!;
	const result: ExportBenchResult = {
		runs,
		coldMs: Math.round(coldMs),
		medianMs: Math.round(medianMs),
		maxMs: Math.round(warm.at(-1)!),
		pdfBytes,
		rssBeforeMb: mb(rssBefore),
		peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
		heapRetainedMb: mb(process.memoryUsage().heapUsed - heapBefore),
		ok: medianMs < TARGET_MS && coldMs < TARGET_MS
	};
	console.log(
		`export pdf (${SIZE.cards} cards, ${SIZE.clusters} clusters, ${SIZE.actions} actions, ${runs} runs): ` +
			`cold ${result.coldMs} ms, median ${result.medianMs} ms, max ${result.maxMs} ms, ` +
			`${Math.round(pdfBytes / 1024)} kB; RSS ${result.rssBeforeMb} MB before, peak ${result.peakRssMb} MB; ` +
			`heap retained ${result.heapRetainedMb} MB${(globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for a collected figure)'}; ` +
			`target < ${TARGET_MS} ms: ${result.ok ? 'ok' : 'MISSED'}`
	);
	return result;
}

export async function run(args: string[] = []): Promise<void> {
	const result = await measure(Number(args[0] ?? 10));
	if (!result.ok) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run(process.argv.slice(2));
