/**
 * Realtime benchmark (issue 3 item 12, issue 7): R rooms × C clients editing, idling or moving
 * cursors against the real server through the real auth path, and the same load against a bare
 * `ws` relay in the same run (the floor). Prints fan-out latency, delivered vs expected,
 * convergence, connect+sync time, server CPU and RSS. Method and figures: bench/README.md.
 *
 *   npm run bench -- realtime --scenario edits|idle|cursors [--rooms 20 --clients 60 …]
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { figures, type Figures } from './realtime/figures.ts';
import { now } from './realtime/measure.ts';
import { parseOptions, type Options, type TargetName } from './realtime/options.ts';
import type { ClientPlan, FromGenerator, GeneratorReport, Progress, ToGenerator } from './realtime/plan.ts';
import { ProcSampler } from './realtime/proc-stats.ts';
import { table } from './realtime/table.ts';
import { startPinnwand, startRelay, type Target } from './realtime/targets.ts';

const GENERATOR = fileURLToPath(new URL('./realtime/generator.ts', import.meta.url));
/** Traffic counts as settled once nothing arrived for this long. */
const SETTLED_MS = 2_000;

/** Sets the CPUs every thread of a process may run on (`taskset`, util-linux). */
const pin = (pid: number, cpu: number) => execFileSync('taskset', ['-a', '-p', '-c', String(cpu), String(pid)]);

const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Joins interleave the rooms, so every room fills up at the same pace over the ramp. */
function planClients(target: Target, options: Options): ClientPlan[] {
	const total = options.rooms * options.clients;
	const plans: ClientPlan[] = [];
	for (let c = 0; c < options.clients; c++) {
		for (let r = 0; r < options.rooms; r++) {
			plans.push({
				index: r * options.clients + c,
				room: r,
				serverUrl: target.serverUrl,
				roomName: target.rooms[r]!.name,
				token: target.rooms[r]!.tokens[c]!,
				kind: c < options.stock ? 'stock' : 'light',
				connectAt: (plans.length / total) * options.ramp * 1000
			});
		}
	}
	return plans;
}

class Generator {
	readonly child: ChildProcess;
	progress: Progress = { synced: 0, arrivals: 0, closes: 0 };
	readonly ready: Promise<void>;
	private reported: ((report: GeneratorReport) => void) | null = null;

	constructor() {
		this.child = fork(GENERATOR, [], { execArgv: ['--import', 'tsx'] });
		this.ready = new Promise((resolve) => {
			this.child.on('message', (message: FromGenerator) => {
				if (message.type === 'progress') {
					this.progress = message.progress;
					resolve();
				} else this.reported?.(message.report);
			});
		});
	}

	send(message: ToGenerator): void {
		this.child.send(message);
	}

	report(): Promise<GeneratorReport> {
		return new Promise((resolve) => {
			this.reported = resolve;
			this.send({ type: 'report' });
		});
	}

	close(): Promise<void> {
		const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
		this.send({ type: 'close' });
		return exited;
	}
}

function total(generators: Generator[]): Progress {
	return generators.reduce(
		(sum, g) => ({
			synced: sum.synced + g.progress.synced,
			arrivals: sum.arrivals + g.progress.arrivals,
			closes: sum.closes + g.progress.closes
		}),
		{ synced: 0, arrivals: 0, closes: 0 }
	);
}

async function measure(name: TargetName, options: Options): Promise<Figures> {
	const setupStarted = now();
	const target = await (name === 'pinnwand' ? startPinnwand : startRelay)(options.rooms, options.clients);
	const setupSeconds = ((now() - setupStarted) / 1000).toFixed(1);
	console.log(`${name}: set up in ${setupSeconds} s (pid ${target.pid}); load ${loadAverage()}`);
	const generators = Array.from({ length: options.workers }, () => new Generator());
	try {
		await Promise.all(generators.map((g) => g.ready));
		if (options.pin) {
			pin(target.pid, 0);
			for (const pid of [process.pid, ...generators.map((g) => g.child.pid!)]) pin(pid, 1);
		}
		const plans = planClients(target, options);
		const startAt = now() + 500;
		const activity = { editsPerSecond: options.rate, cursorsPerSecond: options.cursorRate, echo: options.echo };
		generators.forEach((g, i) => {
			const clients = plans.filter((_, k) => k % generators.length === i);
			g.send({ type: 'start', clients, activity, startAt, seed: options.seed + i });
		});
		const serverSampler = new ProcSampler(target.pid);
		const generatorSamplers = generators.map((g) => new ProcSampler(g.child.pid!));
		const stopAt = startAt + (options.ramp + options.seconds) * 1000;
		await sleep(startAt - now());
		while (now() < stopAt - 100) {
			await sleep(Math.min(10_000, stopAt - now()));
			const progress = total(generators);
			console.log(
				`  ${((now() - startAt) / 1000).toFixed(0)} s: ${progress.synced}/${plans.length} synced, ` +
					`${progress.arrivals} arrivals, ${progress.closes} connections lost; load ${loadAverage()}`
			);
		}
		for (const g of generators) g.send({ type: 'stop' });
		const server = serverSampler.stop();
		const generatorFigures = generatorSamplers.map((sampler) => sampler.stop());
		const drainUntil = now() + options.drain * 1000;
		let last = total(generators).arrivals;
		let lastChange = now();
		while (now() < drainUntil && now() - lastChange < SETTLED_MS) {
			await sleep(250);
			const arrivals = total(generators).arrivals;
			if (arrivals !== last) [last, lastChange] = [arrivals, now()];
		}
		const reports = await Promise.all(generators.map((g) => g.report()));
		const roomStates = [];
		for (let r = 0; r < options.rooms; r++) {
			// A room the server cannot serve a fresh client in time counts as not converged.
			roomStates.push(await target.readRoom(r).catch(() => ({ stateVector: 'unreadable', cards: [] })));
		}
		return figures({
			target: name === 'relay' ? 'relay (floor)' : name,
			reports,
			roomStates,
			server,
			generators: generatorFigures,
			serverSocketErrors: target.socketErrors()
		});
	} finally {
		await Promise.all(generators.map((g) => g.close()));
		await target.stop();
	}
}

export async function run(args: string[] = []): Promise<void> {
	const options = parseOptions(args);
	const total = options.rooms * options.clients;
	console.log(
		`realtime ${options.scenario}: ${options.rooms} rooms × ${options.clients} clients = ${total} ` +
			`(${options.rooms * options.stock} stock y-websocket, ${total - options.rooms * options.stock} light), ` +
			`${options.rate} edits/s and ${options.cursorRate} cursor moves/s per client, joins over ${options.ramp} s, ` +
			`then ${options.seconds} s; ${options.workers} generator processes` +
			`${options.pin ? ' on CPU 1, the server on CPU 0' : ''}; ${os.cpus().length} cores, load ${loadAverage()}`
	);
	const results: Figures[] = [];
	for (const name of options.targets) results.push(await measure(name, options));
	console.log(`\n${table(results, options.cursorRate > 0)}\n\nload average after: ${loadAverage()}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run(process.argv.slice(2));
