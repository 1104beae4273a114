import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What the gauges read at scrape time, so they never drift from the registry and the database. */
export interface MetricSources {
	openRooms(): number;
	openSockets(): number;
	databaseBytes(): number;
}

export interface HttpObservation {
	method: string;
	/** SvelteKit's route id (`/api/workshops/[id]`), never the path: paths hold ids, join codes and tokens. */
	route: string;
	status: number;
	seconds: number;
}

export type FlushOperation = 'append' | 'compact';

export interface Metrics {
	messageReceived(): void;
	messageSent(): void;
	/** Times one write of document updates to SQLite. */
	timeFlush<T>(operation: FlushOperation, write: () => Promise<T>): Promise<T>;
	httpRequest(observation: HttpObservation): void;
	/** The Prometheus text exposition of everything above, plus Node's process metrics. */
	render(): Promise<{ contentType: string; body: string }>;
}

/**
 * The metrics of one app instance, in a registry of its own rather than prom-client's global one:
 * integration tests and `vite dev` may hold two instances in one process.
 */
export function createMetrics(sources: MetricSources): Metrics {
	const registry = new Registry();
	collectDefaultMetrics({ register: registry });
	const registers = [registry];

	new Gauge({
		name: 'pinnwand_realtime_rooms_open',
		help: 'Workshops whose realtime documents are in memory',
		registers,
		collect() {
			this.set(sources.openRooms());
		}
	});
	new Gauge({
		name: 'pinnwand_realtime_sockets_open',
		help: 'Websockets joined to a document',
		registers,
		collect() {
			this.set(sources.openSockets());
		}
	});
	new Gauge({
		name: 'pinnwand_database_bytes',
		help: 'Size of the SQLite database: its pages plus the write-ahead log',
		registers,
		collect() {
			this.set(sources.databaseBytes());
		}
	});
	const messages = new Counter({
		name: 'pinnwand_realtime_messages_total',
		help: 'Websocket messages, by direction (in: from clients, out: to clients)',
		labelNames: ['direction'] as const,
		registers
	});
	const flush = new Histogram({
		name: 'pinnwand_persistence_flush_seconds',
		help: 'Time to write a batch of document updates (append) or a compacted document (compact) to SQLite',
		labelNames: ['operation'] as const,
		buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
		registers
	});
	const http = new Histogram({
		name: 'pinnwand_http_request_duration_seconds',
		help: 'Time until the response head of an HTTP request, by method, route id and status',
		labelNames: ['method', 'route', 'status'] as const,
		buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
		registers
	});
	const received = messages.labels('in');
	const sent = messages.labels('out');

	return {
		messageReceived: () => received.inc(),
		messageSent: () => sent.inc(),
		async timeFlush(operation, write) {
			const stop = flush.startTimer({ operation });
			try {
				return await write();
			} finally {
				stop();
			}
		},
		httpRequest({ method, route, status, seconds }) {
			http.observe({ method, route, status: String(status) }, seconds);
		},
		async render() {
			return { contentType: registry.contentType, body: await registry.metrics() };
		}
	};
}
