import type { Histogram } from './measure.ts';
import type { Figures } from './figures.ts';

const count = (n: number) => n.toLocaleString('en-US');
const ms = (n: number) => (Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US'));
const latency = (h: Histogram) =>
	h.count === 0 ? '–' : `${ms(h.quantile(0.5))} / ${ms(h.quantile(0.95))} / ${ms(h.quantile(0.99))} / ${ms(h.max)}`;
const percent = (n: number) => `${Math.round(n)} %`;

/** The summary table: one row per figure, one column per target. */
export function table(results: Figures[], cursors: boolean): string {
	const rows: [string, (f: Figures) => string][] = [
		['clients synced', (f) => `${count(f.synced)} / ${count(f.clients)}`],
		['connect+sync ms p50/p95/p99/max', (f) => latency(f.connect)],
		['  of them stock clients', (f) => latency(f.connectStock)],
		['edits sent', (f) => count(f.editsSent)],
		['edits delivered / expected', (f) => `${count(f.delivered)} / ${count(f.expected)}`],
		['edit latency ms p50/p95/p99/max', (f) => latency(f.edits)]
	];
	if (cursors) {
		rows.push(
			['cursor moves sent', (f) => count(f.cursorMoves)],
			['cursor latency ms p50/p95/p99/max', (f) => latency(f.cursors)],
			['cursor positions timed', (f) => count(f.cursors.count)],
			['  of them superseded before seen', (f) => count(f.cursorsSuperseded)]
		);
	}
	rows.push(
		['presence: pairs not seeing the last state', (f) => count(f.presenceMissing)],
		['rooms converged', (f) => `${f.roomsConverged} / ${f.rooms}`],
		['sent cards missing on the server', (f) => (f.target === 'relay' ? '–' : count(f.serverMissing))],
		['client connections lost', (f) => count(f.closes)],
		['sockets the server closed', (f) => (f.target === 'relay' ? '–' : count(f.serverSocketErrors))],
		['server CPU mean / peak (1 s)', (f) => `${percent(f.server.cpuMean)} / ${percent(f.server.cpuPeak)}`],
		['server waiting for a CPU', (f) => percent(f.server.runqueueWait)],
		['server RSS peak / end MB', (f) => `${Math.round(f.server.rssPeakMb)} / ${Math.round(f.server.rssEndMb)}`],
		['generator CPU mean each', (f) => f.generators.map((g) => percent(g.cpuMean)).join(', ')],
		['generator waiting for a CPU each', (f) => f.generators.map((g) => percent(g.runqueueWait)).join(', ')],
		['generator loop delay p99 ms', (f) => ms(f.loopDelayP99)]
	);
	const header = ['', ...results.map((f) => f.target)];
	const body = rows.map(([label, value]) => [label, ...results.map(value)]);
	const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i]!.length)));
	const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
	return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
