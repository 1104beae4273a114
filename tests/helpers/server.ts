import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningServer {
	/** http://127.0.0.1:PORT */
	url: string;
	port: number;
	dataDir: string;
	/** The first-run URL the server printed, if it printed one. */
	setupUrl: string | null;
	/** Everything the process printed. */
	output(): string;
	/** The `msg` of each JSON log line (other lines as printed): for matching a whole message. */
	messages(): string[];
	/** SIGTERM and wait for the exit code. */
	stop(): Promise<number | null>;
	/** SIGKILL, no chance to flush. */
	kill(): Promise<void>;
	exited: Promise<number | null>;
	process: ChildProcess;
}

export interface StartOptions {
	dataDir?: string;
	env?: Record<string, string>;
	port?: number;
}

/** A fresh temporary data directory; removed by `removeDataDir`. */
export function makeDataDir(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'pinnwand-test-'));
}

export function removeDataDir(dir: string): void {
	fs.rmSync(dir, { recursive: true, force: true });
}

function logMessages(output: string): string[] {
	return output
		.split('\n')
		.filter((line) => line !== '')
		.map((line) => {
			try {
				const entry: unknown = JSON.parse(line);
				if (entry && typeof entry === 'object' && 'msg' in entry && typeof entry.msg === 'string') return entry.msg;
			} catch {
				// Not a log line (a crash's stack trace, say): keep it as printed.
			}
			return line;
		});
}

/**
 * Starts the production entry (server/index.ts over the built SvelteKit app) as its own process on
 * a free port, and resolves once it listens. Build first: `npm run build`.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
	if (!fs.existsSync(path.join(ROOT, 'build/handler.js'))) {
		throw new Error('No build: run `npm run build` before the integration tests');
	}
	const dataDir = options.dataDir ?? makeDataDir();
	const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
		cwd: ROOT,
		env: {
			...process.env,
			NODE_ENV: 'production',
			PORT: String(options.port ?? 0),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			ORIGIN: '',
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	const ready = new Promise<{ port: number; setupUrl: string | null }>((resolve, reject) => {
		const onData = (chunk: Buffer) => {
			log += chunk.toString();
			const messages = logMessages(log).join('\n');
			const port = /listening on http:\/\/[^:]+:(\d+)/.exec(messages)?.[1];
			if (port) resolve({ port: Number(port), setupUrl: /(http:\/\/\S+\/setup\?token=\S+)/.exec(messages)?.[1] ?? null });
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
		void exited.then((code) => reject(new Error(`server exited with ${code} before listening:\n${log}`)));
	});
	const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
	const { port, setupUrl } = await ready.finally(() => clearTimeout(timeout));
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		dataDir,
		setupUrl,
		output: () => log,
		messages: () => logMessages(log),
		async stop() {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			return exited;
		},
		async kill() {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
			await exited;
		},
		exited,
		process: child
	};
}
