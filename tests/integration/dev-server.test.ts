import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readFacilitatorState } from '../../src/lib/board/facilitator-state.ts';
import { api, createWorkshop, runCli } from '../helpers/api.ts';
import { connect, synced } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { makeDataDir, removeDataDir, ROOT, type RunningServer } from '../helpers/server.ts';

let child: ChildProcess;
let dataDir: string;
let dev: RunningServer;

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as net.AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

beforeAll(async () => {
	dataDir = makeDataDir();
	const port = await freePort();
	const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, ORIGIN: '' };
	// The plugin stands aside under Vitest; this child is a real dev server, not a test runner.
	delete env.VITEST;
	delete env.VITEST_POOL_ID;
	delete env.VITEST_WORKER_ID;
	child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
		cwd: ROOT,
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${log}`)), 60_000);
		const read = (chunk: Buffer) => {
			log += chunk.toString();
			if (/Pinnwand listening on/.test(log)) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', read);
		child.once('exit', (code) => reject(new Error(`dev server exited with ${code}:\n${log}`)));
	});
	// Enough of RunningServer for the HTTP and websocket helpers.
	dev = { url: `http://127.0.0.1:${port}`, port, dataDir } as RunningServer;
});

afterAll(async () => {
	if (child && child.exitCode === null) {
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		await exited;
	}
	removeDataDir(dataDir);
});

describe('the dev server (vite dev)', () => {
	it('runs the same realtime room: a phase set over HTTP reaches a websocket client', async () => {
		const password = 'ein-langes-passwort';
		const added = await runCli(dataDir, ['user', 'add', '--email', 'dev@example.org', '--name', 'Dev', '--password-stdin'], password);
		expect(added.code).toBe(0);
		const login = await eventually(async () => {
			const res = await api(dev, 'POST', '/api/auth/login', { body: { email: 'dev@example.org', password } });
			expect(res.status).toBe(200);
			return res;
		}, 60_000, 500);
		const token = login.body.token as string;
		const workshop = await createWorkshop(dev, token);
		const client = connect(dev, `${workshop.id}/state`, token, new Y.Doc());
		await synced(client, 30_000);
		const set = await api(dev, 'POST', `/api/workshops/${workshop.id}/phase`, { token, body: { phase: 'clustern' } });
		expect(set.status).toBe(200);
		await eventually(() => expect(readFacilitatorState(client.doc).phase).toBe('clustern'));
		client.destroy();
	});
});
