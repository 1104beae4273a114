/**
 * A load-generator process: runs its share of the benchmark's clients and reports what they saw.
 * Started by bench/realtime.ts with `fork`; several run side by side, so that the clients of one
 * process do not wait for each other's event loop (the generator must not be what is measured).
 */
import * as prng from 'lib0/prng';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { BenchClient } from './clients.ts';
import { lightClient } from './light-client.ts';
import { now } from './measure.ts';
import { Observer, Totals } from './observer.ts';
import type { Activity, ClientPlan, FromGenerator, ToGenerator } from './plan.ts';
import { stockClient } from './stock-client.ts';

const PROGRESS_MS = 500;
// Every stock provider adds a process 'exit' listener; hundreds per process are expected here.
process.setMaxListeners(0);

const totals = new Totals();
const clients: BenchClient[] = [];
const observers: Observer[] = [];
const timers = new Set<ReturnType<typeof setTimeout>>();
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();

function post(message: FromGenerator): void {
	process.send!(message);
}

function later(ms: number, action: () => void): void {
	const timer = setTimeout(() => {
		timers.delete(timer);
		action();
	}, Math.max(0, ms));
	timers.add(timer);
}

/** Repeats `action` every `ms` from a random phase on, until stopped. */
function every(ms: number, gen: prng.PRNG, action: () => void): void {
	const tick = () => {
		action();
		later(ms, tick);
	};
	later(prng.real53(gen) * ms, tick);
}

/** Connects at its time; starts editing and moving its cursor once it has synced. */
function schedule(plan: ClientPlan, activity: Activity, startAt: number, gen: prng.PRNG): void {
	later(startAt + plan.connectAt - now(), () => {
		const observer = new Observer(plan.index, totals);
		const client = plan.kind === 'stock' ? stockClient(plan, observer) : lightClient(plan, observer, activity.echo);
		clients.push(client);
		observers.push(observer);
		const waitForSync = () => {
			if (observer.syncedAt === null) return later(20, waitForSync);
			if (activity.editsPerSecond > 0) every(1000 / activity.editsPerSecond, gen, () => client.edit());
			if (activity.cursorsPerSecond > 0) every(1000 / activity.cursorsPerSecond, gen, () => client.moveCursor());
		};
		waitForSync();
	});
}

const progress = setInterval(() => {
	post({
		type: 'progress',
		progress: {
			synced: observers.filter((observer) => observer.syncedAt !== null).length,
			arrivals: totals.arrivals,
			closes: clients.reduce((sum, client) => sum + client.closes.length, 0)
		}
	});
}, PROGRESS_MS);

process.on('message', (message: ToGenerator) => {
	switch (message.type) {
		case 'start': {
			const gen = prng.create(message.seed);
			for (const plan of message.clients) schedule(plan, message.activity, message.startAt, gen);
			break;
		}
		case 'stop':
			for (const timer of timers) clearTimeout(timer);
			timers.clear();
			break;
		case 'report':
			post({
				type: 'report',
				report: {
					clients: clients.map((client) => client.report()),
					edits: totals.edits.toJSON(),
					cursors: totals.cursors.toJSON(),
					cursorsSuperseded: totals.cursorsSuperseded,
					cursorsUntimed: totals.cursorsUntimed,
					loopDelayP99: loopDelay.percentile(99) / 1e6
				}
			});
			break;
		case 'close':
			clearInterval(progress);
			for (const client of clients) client.destroy();
			process.disconnect();
			setTimeout(() => process.exit(0), 200).unref();
			break;
	}
});
