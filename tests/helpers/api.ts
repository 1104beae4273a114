import { spawn } from 'node:child_process';
import { ROOT, type RunningServer } from './server.ts';

export interface Facilitator {
	email: string;
	name: string;
	password: string;
	token: string;
}

/** Runs `npm run cli -- …` against the server's data directory; resolves with exit code and output. */
export function runCli(
	dataDir: string,
	args: string[],
	stdin = ''
): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
			cwd: ROOT,
			env: { ...process.env, DATA_DIR: dataDir },
			stdio: ['pipe', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
		child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
		child.on('error', reject);
		child.on('exit', (code) => resolve({ code, stdout, stderr }));
		child.stdin.end(stdin);
	});
}

/** JSON request; `token` goes in as Bearer. Returns status and parsed body (or null). */
export async function api<T = any>(
	server: RunningServer,
	method: string,
	path: string,
	options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}
): Promise<{ status: number; body: T; headers: Headers }> {
	const headers: Record<string, string> = { ...options.headers };
	if (options.token) headers.authorization = `Bearer ${options.token}`;
	let body: string | undefined = options.raw;
	if (options.body !== undefined) {
		headers['content-type'] = 'application/json';
		body = JSON.stringify(options.body);
	}
	const response = await fetch(server.url + path, { method, headers, body, redirect: 'manual' });
	const text = await response.text();
	let parsed: unknown = null;
	try {
		parsed = text ? JSON.parse(text) : null;
	} catch {
		parsed = text;
	}
	return { status: response.status, body: parsed as T, headers: response.headers };
}

let counter = 0;

/** Creates an account through the CLI and signs it in through the API. */
export async function facilitator(server: RunningServer, name = 'Moderation'): Promise<Facilitator> {
	counter += 1;
	const email = `mod${counter}-${Date.now()}@example.org`;
	const password = 'ein-langes-passwort';
	const cli = await runCli(server.dataDir, ['user', 'add', '--email', email, '--name', name, '--password-stdin'], password);
	if (cli.code !== 0) throw new Error(`user add failed: ${cli.stderr}`);
	const login = await api(server, 'POST', '/api/auth/login', { body: { email, password } });
	if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
	return { email, name, password, token: login.body.token };
}

export async function createWorkshop(
	server: RunningServer,
	token: string,
	body: Record<string, unknown> = { title: 'STARTER-Workshop Musterstadt', municipality: 'Musterstadt' }
): Promise<{ id: string; joinCode: string; joinUrl: string }> {
	const res = await api(server, 'POST', '/api/workshops', { token, body });
	if (res.status !== 201) throw new Error(`create workshop failed: ${res.status} ${JSON.stringify(res.body)}`);
	return res.body;
}

export async function join(
	server: RunningServer,
	code: string,
	body: { name?: string; institution?: string } = {}
): Promise<{ workshopId: string; participantId: string; token: string }> {
	const res = await api(server, 'POST', '/api/join', { body: { code, ...body } });
	if (res.status !== 201) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`);
	return res.body;
}

/** A form action as a browser without script posts it; the page comes back as HTML. */
export async function postForm(server: RunningServer, path: string, fields: Record<string, string>, token?: string): Promise<{ status: number; html: string }> {
	const res = await fetch(server.url + path, {
		method: 'POST',
		headers: {
			...(token ? { authorization: `Bearer ${token}` } : {}),
			origin: server.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(fields),
		redirect: 'manual'
	});
	return { status: res.status, html: await res.text() };
}
