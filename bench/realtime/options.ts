import { parseArgs } from 'node:util';

export type Scenario = 'edits' | 'idle' | 'cursors';
export type TargetName = 'pinnwand' | 'relay';

export interface Options {
	scenario: Scenario;
	rooms: number;
	/** Clients per room. */
	clients: number;
	/** Stock clients per room; the rest are light clients. */
	stock: number;
	/** Edits per second per client. */
	rate: number;
	/** Cursor moves per second per client. */
	cursorRate: number;
	/** How long everyone stays active once the last client has joined. */
	seconds: number;
	/** Joins are spread evenly over this many seconds. */
	ramp: number;
	/** Load-generator processes. */
	workers: number;
	/** Longest wait for traffic to settle after the clients stop. */
	drain: number;
	/** Light clients re-send what they receive, as stock clients do. */
	echo: boolean;
	targets: TargetName[];
	seed: number;
	/** The server gets CPU 0 to itself (as far as this bench goes); generators and this process share CPU 1. */
	pin: boolean;
}

type Defaults = Omit<Options, 'scenario' | 'seed' | 'echo' | 'workers' | 'drain' | 'pin'>;
const BOTH: TargetName[] = ['pinnwand', 'relay'];

const DEFAULTS: Record<Scenario, Defaults> = {
	edits: { rooms: 20, clients: 60, stock: 60, rate: 0.1, cursorRate: 0, seconds: 60, ramp: 10, targets: BOTH },
	// 73 Kommunen × 60 people is the statewide peak of DESIGN.md; 74 rooms round it past 4,400.
	idle: { rooms: 74, clients: 60, stock: 60, rate: 0.01, cursorRate: 0, seconds: 60, ramp: 60, targets: ['pinnwand'] },
	cursors: { rooms: 20, clients: 60, stock: 3, rate: 0.1, cursorRate: 2, seconds: 60, ramp: 30, targets: BOTH }
};

export const USAGE = `npm run bench -- realtime [--scenario edits|idle|cursors] [--rooms R] [--clients C]
  [--stock S] [--rate EDITS_PER_S] [--cursor-rate MOVES_PER_S] [--seconds N] [--ramp N]
  [--workers W] [--drain N] [--targets pinnwand,relay] [--no-echo] [--seed N] [--pin]`;

function positive(name: string, raw: string | undefined, fallback: number, integer = false): number {
	if (raw === undefined) return fallback;
	const value = Number(raw);
	if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
		throw new Error(`--${name} must be a ${integer ? 'whole ' : ''}number ≥ 0, got "${raw}"\n${USAGE}`);
	}
	return value;
}

export function parseOptions(args: string[]): Options {
	const { values } = parseArgs({
		args,
		options: {
			scenario: { type: 'string', default: 'edits' },
			rooms: { type: 'string' },
			clients: { type: 'string' },
			stock: { type: 'string' },
			rate: { type: 'string' },
			'cursor-rate': { type: 'string' },
			seconds: { type: 'string' },
			ramp: { type: 'string' },
			workers: { type: 'string' },
			drain: { type: 'string' },
			targets: { type: 'string' },
			'no-echo': { type: 'boolean', default: false },
			pin: { type: 'boolean', default: false },
			seed: { type: 'string' }
		}
	});
	const scenario = values.scenario as Scenario;
	const defaults = DEFAULTS[scenario];
	if (!defaults) throw new Error(`Unknown scenario "${values.scenario}"\n${USAGE}`);
	const clients = positive('clients', values.clients, defaults.clients, true);
	const targets = (values.targets?.split(',') ?? defaults.targets) as TargetName[];
	if (targets.some((t) => !BOTH.includes(t))) throw new Error(`Unknown target in "${values.targets}"\n${USAGE}`);
	return {
		scenario,
		rooms: positive('rooms', values.rooms, defaults.rooms, true),
		clients,
		stock: Math.min(clients, positive('stock', values.stock, Math.min(defaults.stock, clients), true)),
		rate: positive('rate', values.rate, defaults.rate),
		cursorRate: positive('cursor-rate', values['cursor-rate'], defaults.cursorRate),
		seconds: positive('seconds', values.seconds, defaults.seconds),
		ramp: positive('ramp', values.ramp, defaults.ramp),
		workers: Math.max(1, positive('workers', values.workers, 3, true)),
		drain: positive('drain', values.drain, 30),
		echo: !values['no-echo'],
		targets,
		seed: positive('seed', values.seed, 20251125, true),
		pin: values.pin
	};
}
