/**
 * The container (Dockerfile, .dockerignore, compose.yaml, deploy/Caddyfile).
 *
 * Where a container engine answers (`docker info` or `podman info`), the image is built and run:
 * healthy on /healthz, not root, `cli backup` into the volume, SIGTERM ends it with 0. Everywhere
 * else (this project's machines have the docker client but no engine) the Dockerfile is checked
 * by a linter (dockerfile-utils, the one behind VS Code's Dockerfile support; hadolint too when it
 * is on PATH) and by what the image has to be; and the runtime stage is rebuilt as a folder from
 * its own COPY lines and started there, so that a file the server needs and the image lacks fails
 * here and not at a Kommune.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { validate } from 'dockerfile-utils';
import * as esbuild from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/server.ts';

// ---------------------------------------------------------------- a small Dockerfile reader

interface Instruction {
	keyword: string;
	args: string;
	line: number;
}

interface Stage {
	image: string;
	name: string | null;
	instructions: Instruction[];
}

/** Instructions with continuation lines joined; comments (and parser directives) dropped. */
function parseDockerfile(text: string): Instruction[] {
	const result: Instruction[] = [];
	let pending: { text: string; line: number } | null = null;
	text.split(/\r?\n/).forEach((raw, index) => {
		const trimmed = raw.trim();
		if (trimmed.startsWith('#') || (trimmed === '' && pending)) return;
		if (trimmed === '') return;
		const continued = trimmed.endsWith('\\');
		const part = continued ? trimmed.slice(0, -1) : trimmed;
		pending = pending ? { text: `${pending.text} ${part}`, line: pending.line } : { text: part, line: index + 1 };
		if (continued) return;
		const match = /^(\S+)\s*(.*)$/.exec(pending.text.trim())!;
		result.push({ keyword: match[1]!.toUpperCase(), args: match[2]!.trim(), line: pending.line });
		pending = null;
	});
	return result;
}

function stagesOf(instructions: Instruction[]): Stage[] {
	const stages: Stage[] = [];
	for (const instruction of instructions) {
		if (instruction.keyword === 'FROM') {
			const words = instruction.args.split(/\s+/).filter((w) => !w.startsWith('--'));
			stages.push({ image: words[0]!, name: words[2] ?? null, instructions: [] });
		} else stages.at(-1)?.instructions.push(instruction);
	}
	return stages;
}

/** The JSON array of an exec-form CMD, HEALTHCHECK CMD, VOLUME …; null for the shell form. */
function execForm(args: string): string[] | null {
	if (!args.startsWith('[')) return null;
	const value: unknown = JSON.parse(args);
	return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
}

interface Copy {
	from: string | null;
	sources: string[];
	dest: string;
}

function copyOf(instruction: Instruction): Copy {
	const words = instruction.args.split(/\s+/);
	const flags = words.filter((w) => w.startsWith('--'));
	const rest = execForm(instruction.args) ?? words.filter((w) => !w.startsWith('--'));
	const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length) ?? null;
	return { from, sources: rest.slice(0, -1), dest: rest.at(-1)! };
}

/** ENV a=b c=d (and the old ENV a b) of one stage. */
function envOf(stage: Stage): Record<string, string> {
	const env: Record<string, string> = {};
	for (const { keyword, args } of stage.instructions) {
		if (keyword !== 'ENV') continue;
		if (!args.includes('=')) {
			const [key, ...value] = args.split(/\s+/);
			env[key!] = value.join(' ');
			continue;
		}
		for (const match of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("([^"]*)"|\S*)/g)) env[match[1]!] = match[3] ?? match[2]!;
	}
	return env;
}

function workdirOf(stage: Stage): string {
	let dir = '/';
	for (const { keyword, args } of stage.instructions) if (keyword === 'WORKDIR') dir = path.posix.resolve(dir, args);
	return dir;
}

function last(stage: Stage, keyword: string): Instruction | undefined {
	return stage.instructions.filter((i) => i.keyword === keyword).at(-1);
}

/** A COPY --from=build line of the runtime stage as paths: repo-relative source, image destination. */
interface Carried {
	source: string;
	dest: string;
}

function carried(stages: Stage[], runtime: Stage): Carried[] {
	const runtimeDir = workdirOf(runtime);
	return runtime.instructions
		.filter((i) => i.keyword === 'COPY')
		.map(copyOf)
		.flatMap((copy) => {
			const stage = stages.find((s) => s.name === copy.from);
			if (!stage) return [];
			const buildDir = workdirOf(stage);
			return copy.sources.map((source) => ({
				source: path.posix.relative(buildDir, path.posix.resolve(buildDir, source)),
				dest: path.posix.resolve(runtimeDir, copy.dest)
			}));
		});
}

// ---------------------------------------------------------------- what the repo holds

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const dockerfile = read('Dockerfile');
const instructions = parseDockerfile(dockerfile);
const stages = stagesOf(instructions);
const runtime = stages.at(-1)!;
const runtimeEnv = envOf(runtime);
const packageJson = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };

/** `${VAR:-default}` (compose) and `{$VAR:default}` (Caddyfile) with their defaults. */
function withDefaults(text: string): string {
	return text.replace(/\$\{[A-Za-z_]+:-([^}]*)\}/g, '$1').replace(/\{\$[A-Za-z_]+:([^}]*)\}/g, '$1');
}

function packageName(specifier: string): string {
	const parts = specifier.split('/');
	return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(packageName(specifier));

function works(command: string, args: string[]): boolean {
	const result = spawnSync(command, args, { stdio: 'ignore', timeout: 20_000 });
	return result.error === undefined && result.status === 0;
}

/** docker or podman, if one of them reaches an engine that can build and run. */
const engine = ['docker', 'podman'].find((command) => works(command, ['info'])) ?? null;

// ---------------------------------------------------------------- the Dockerfile

describe('Dockerfile', () => {
	it('passes the linter (dockerfile-utils), and hadolint where it is installed', () => {
		const problems = validate(dockerfile).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
		expect(problems).toEqual([]);
		if (works('hadolint', ['--version'])) {
			const hadolint = spawnSync('hadolint', [path.join(ROOT, 'Dockerfile')], { encoding: 'utf8' });
			expect(hadolint.stdout + hadolint.stderr).toBe('');
			expect(hadolint.status).toBe(0);
		}
	});

	it('builds in one stage and runs in a Node 24 slim one, as a user that is not root', () => {
		expect(stages.length).toBeGreaterThanOrEqual(2);
		for (const stage of stages) expect(stage.image).toMatch(/^node:24(\.\d+){0,2}-(bookworm|trixie)-slim(@sha256:[0-9a-f]{64})?$/);
		expect(stages.slice(0, -1).some((s) => s.instructions.some((i) => i.keyword === 'RUN' && /\bnpm run build\b/.test(i.args)))).toBe(true);
		expect(runtime.instructions.some((i) => i.keyword === 'RUN' && /\bnpm (ci|install)\b/.test(i.args))).toBe(false);
		const user = last(runtime, 'USER')?.args.split(':')[0];
		expect(user).toBeDefined();
		expect(['root', '0']).not.toContain(user);
	});

	it('keeps DATA_DIR in a volume, writable by that user', () => {
		expect(runtimeEnv.DATA_DIR).toMatch(/^\//);
		expect(runtimeEnv.NODE_ENV).toBe('production');
		const volumes = runtime.instructions
			.filter((i) => i.keyword === 'VOLUME')
			.flatMap((i) => execForm(i.args) ?? i.args.split(/\s+/));
		expect(volumes).toContain(runtimeEnv.DATA_DIR);
		const user = last(runtime, 'USER')!.args;
		const chown = runtime.instructions.find(
			(i) => i.keyword === 'RUN' && i.args.includes(`chown ${user}`) && i.args.includes(runtimeEnv.DATA_DIR!)
		);
		expect(chown, `RUN … chown ${user} … ${runtimeEnv.DATA_DIR}`).toBeDefined();
	});

	it('starts node itself (signals reach it), with a HEALTHCHECK on /healthz and SIGTERM to stop', () => {
		const cmd = execForm(last(runtime, 'CMD')?.args ?? '');
		expect(cmd).toEqual(['node', '--import', 'tsx', 'server/index.ts']);
		expect(last(runtime, 'ENTRYPOINT')).toBeUndefined();
		expect(last(runtime, 'STOPSIGNAL')?.args ?? 'SIGTERM').toBe('SIGTERM');
		const healthcheck = last(runtime, 'HEALTHCHECK')!;
		expect(healthcheck).toBeDefined();
		const check = execForm(healthcheck.args.replace(/^(--\S+\s+)*CMD\s+/, ''));
		expect(check?.[0]).toBe('node');
		expect(check!.join(' ')).toContain('/healthz');
		expect(runtime.instructions.find((i) => i.keyword === 'EXPOSE')?.args).toBe(runtimeEnv.PORT);
	});

	it('copies only what exists: files from the context, and the build stage\'s own paths', () => {
		const produced = new Set(['node_modules', 'build']);
		for (const stage of stages) {
			for (const copy of stage.instructions.filter((i) => i.keyword === 'COPY').map(copyOf)) {
				for (const source of copy.sources) {
					if (copy.from === null) {
						if (source !== '.') expect(fs.existsSync(path.join(ROOT, source)), source).toBe(true);
						continue;
					}
					expect(stages.map((s) => s.name), `--from=${copy.from}`).toContain(copy.from);
				}
			}
		}
		for (const { source } of carried(stages, runtime)) {
			expect(produced.has(source) || fs.existsSync(path.join(ROOT, source)), source).toBe(true);
		}
	});

	it('carries every file server/index.ts and server/cli.ts load, and their packages are dependencies', async () => {
		const result = await esbuild.build({
			absWorkingDir: ROOT,
			entryPoints: ['server/index.ts', 'server/cli.ts'],
			bundle: true,
			platform: 'node',
			format: 'esm',
			write: false,
			metafile: true,
			outdir: path.join(os.tmpdir(), 'pinnwand-container-trace'),
			packages: 'external',
			logLevel: 'silent'
		});
		const runtimeDir = workdirOf(runtime);
		const inImage = carried(stages, runtime).map((c) => path.posix.relative(runtimeDir, c.dest));
		const covered = (file: string) => inImage.some((dir) => file === dir || file.startsWith(`${dir}/`));
		const missing = Object.keys(result.metafile.inputs).filter((file) => !covered(file));
		expect(missing).toEqual([]);
		// Read at run time, not imported: the migrations, and the build the server hands requests to.
		expect(covered('src/lib/server/db/migrations/meta/_journal.json')).toBe(true);
		expect(covered('build/handler.js')).toBe(true);
		expect(covered('package.json')).toBe(true);

		const packages = new Set<string>(['tsx', 'dejavu-fonts-ttf']);
		for (const input of Object.values(result.metafile.inputs)) {
			for (const imported of input.imports) if (imported.external && !isBuiltin(imported.path)) packages.add(packageName(imported.path));
		}
		// `npm prune --omit=dev` leaves dependencies only.
		const notDependencies = [...packages].filter((name) => !(name in packageJson.dependencies));
		expect(notDependencies).toEqual([]);
	});

	it('the SvelteKit build imports dependencies only (adapter-node bundles the dev ones)', () => {
		if (!fs.existsSync(path.join(ROOT, 'build/handler.js'))) throw new Error('No build: run `npm run build` first');
		const files = (fs.readdirSync(path.join(ROOT, 'build'), { recursive: true }) as string[])
			.filter((f) => f.endsWith('.js') && !f.startsWith('client'))
			.map((f) => path.join(ROOT, 'build', f));
		const imported = new Set<string>();
		for (const file of files) {
			const text = fs.readFileSync(file, 'utf8');
			for (const match of text.matchAll(/^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm)) {
				const specifier = match[1]!;
				if (!specifier.startsWith('.') && !isBuiltin(specifier)) imported.add(packageName(specifier));
			}
		}
		expect(imported.size).toBeGreaterThan(0);
		expect([...imported].filter((name) => !(name in packageJson.dependencies))).toEqual([]);
	});
});

describe('.dockerignore', () => {
	const patterns = read('.dockerignore')
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter((l) => l && !l.startsWith('#'));
	const toRegExp = (pattern: string) =>
		new RegExp(`^${pattern.replace(/^\//, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*')}(/|$)`);
	const ignored = (file: string) => patterns.some((p) => !p.startsWith('!') && toRegExp(p).test(file));

	it('leaves local state out of the build context', () => {
		for (const file of ['node_modules', 'build', 'data', '.git', '.svelte-kit', 'test-results', '.env']) {
			expect(ignored(file), file).toBe(true);
		}
	});

	it('keeps what the build stage needs', () => {
		for (const file of ['package.json', 'package-lock.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'server/index.ts', 'src/app.html', 'src/lib/server/db/migrations', 'static']) {
			expect(ignored(file), file).toBe(false);
		}
	});
});

// ---------------------------------------------------------------- compose.yaml and the proxy

describe('compose.yaml with the reverse proxy', () => {
	interface Service {
		build?: unknown;
		image?: string;
		environment?: Record<string, string> | string[];
		volumes?: string[];
		ports?: string[];
		depends_on?: Record<string, { condition?: string }>;
	}
	const compose = parseYaml(read('compose.yaml')) as { services: Record<string, Service> };
	const app = compose.services.pinnwand!;
	const proxy = compose.services.proxy!;
	const environment = (service: Service): Record<string, string> =>
		Array.isArray(service.environment)
			? Object.fromEntries(service.environment.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]))
			: Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, String(v)]));

	it('builds Pinnwand from this Dockerfile, keeps its data in a named volume and publishes no port', () => {
		expect(app.build).toBeDefined();
		expect(app.ports).toBeUndefined();
		const data = (app.volumes ?? []).find((v) => v.split(':')[1] === runtimeEnv.DATA_DIR);
		expect(data, `a volume on ${runtimeEnv.DATA_DIR}`).toBeDefined();
		expect(data!.split(':')[0]).toMatch(/^[a-z][\w-]*$/);
		expect(Object.keys((compose as { volumes?: object }).volumes ?? {})).toContain(data!.split(':')[0]);
	});

	it('sets ORIGIN to the https address the proxy serves, and the client address header', () => {
		const env = environment(app);
		const origin = new URL(withDefaults(env.ORIGIN ?? ''));
		expect(origin.protocol).toBe('https:');
		expect(env.ADDRESS_HEADER?.toLowerCase()).toBe('x-forwarded-for');
		expect(env.XFF_DEPTH).toBe('1');

		expect(proxy.image).toMatch(/^caddy:2/);
		expect(proxy.ports).toEqual(expect.arrayContaining(['80:80', '443:443']));
		expect(proxy.depends_on?.pinnwand?.condition).toBe('service_healthy');
		const mount = (proxy.volumes ?? []).find((v) => v.split(':')[1] === '/etc/caddy/Caddyfile');
		expect(mount).toBeDefined();
		const caddyfile = read(mount!.split(':')[0]!);
		// The site block's address (the first line that opens a block and is not the global one).
		const site = withDefaults(
			caddyfile
				.split('\n')
				.map((l) => l.trim())
				.find((l) => l.endsWith('{') && !l.startsWith('#') && l !== '{')!
				.slice(0, -1)
				.trim()
		);
		// Caddy resolves the placeholder from the proxy's environment: the same default as ORIGIN's.
		expect(withDefaults(environment(proxy).PINNWAND_DOMAIN ?? site)).toBe(site);
		expect(site).toBe(origin.host);
		expect(caddyfile).toMatch(new RegExp(`^\\s*reverse_proxy\\s+pinnwand:${runtimeEnv.PORT}\\s*$`, 'm'));
	});

	it.skipIf(!(engine && works(engine, ['compose', 'version'])))('is valid to `compose config`', () => {
		const result = spawnSync(engine!, ['compose', 'config', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});
});

// ---------------------------------------------------------------- running it

async function freePort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as net.AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}) {
	return spawnSync(command, args, { encoding: 'utf8', timeout: 60_000, ...options });
}

const cleanups: (() => void)[] = [];
afterAll(() => {
	for (const cleanup of cleanups.reverse()) cleanup();
});

describe('the runtime stage as a folder (no engine needed)', () => {
	it('starts from its COPY lines alone, is healthy, backs up, and stops on SIGTERM with 0', async () => {
		if (!fs.existsSync(path.join(ROOT, 'build/handler.js'))) throw new Error('No build: run `npm run build` first');
		const image = fs.mkdtempSync(path.join(os.tmpdir(), 'pinnwand-image-'));
		const data = fs.mkdtempSync(path.join(os.tmpdir(), 'pinnwand-image-data-'));
		cleanups.push(() => fs.rmSync(image, { recursive: true, force: true }), () => fs.rmSync(data, { recursive: true, force: true }));
		const runtimeDir = workdirOf(runtime);
		for (const { source, dest } of carried(stages, runtime)) {
			const target = path.join(image, path.posix.relative(runtimeDir, dest));
			fs.mkdirSync(path.dirname(target), { recursive: true });
			// Copied, not linked: Node resolves a linked module to where it really lies, which would
			// hide a missing file. node_modules is the one exception (too big; the dependency check
			// above covers what `npm prune` removes).
			if (source === 'node_modules') fs.symlinkSync(path.join(ROOT, source), target, 'dir');
			else fs.cpSync(path.join(ROOT, source), target, { recursive: true });
		}
		expect(fs.existsSync(path.join(image, 'tsconfig.json'))).toBe(false);

		const port = await freePort();
		const env = { ...process.env, ...runtimeEnv, DATA_DIR: data, HOST: '127.0.0.1', PORT: String(port), ORIGIN: '' };
		const [command, ...args] = execForm(last(runtime, 'CMD')!.args)!;
		const child = spawn(command === 'node' ? process.execPath : command!, args, { cwd: image, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let log = '';
		child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
		const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
		cleanups.push(() => child.kill('SIGKILL'));

		const healthcheck = execForm(last(runtime, 'HEALTHCHECK')!.args.replace(/^(--\S+\s+)*CMD\s+/, ''))!;
		const check = (portToAsk: number) =>
			run(process.execPath, healthcheck.slice(1), { cwd: image, env: { ...env, PORT: String(portToAsk) }, timeout: 10_000 }).status;
		const deadline = Date.now() + 30_000;
		while (check(port) !== 0) {
			if (Date.now() > deadline || child.exitCode !== null) throw new Error(`not healthy:\n${log}`);
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		// The check can fail: nothing listens on another free port.
		expect(check(await freePort())).toBe(1);

		const backupFile = path.join(data, 'backup.sqlite');
		const backup = run(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'backup', backupFile], { cwd: image, env });
		expect(backup.stderr).toBe('');
		expect(backup.status).toBe(0);
		expect(fs.statSync(backupFile).size).toBeGreaterThan(0);

		const stopped = Date.now();
		child.kill('SIGTERM');
		expect(await exited).toBe(0);
		expect(Date.now() - stopped).toBeLessThan(10_000);
		expect(log).toContain('shutdown complete');
	});
});

describe.skipIf(!engine)(`the image, built and run by ${engine ?? 'no container engine here'}`, () => {
	it('builds, turns healthy, runs as non-root, backs up into the volume and stops on SIGTERM with 0', async () => {
		const tag = `pinnwand-test:${process.pid}`;
		const name = `pinnwand-test-${process.pid}`;
		const built = run(engine!, ['build', '--tag', tag, '.'], { cwd: ROOT, timeout: 20 * 60_000 });
		expect(built.status, built.stderr).toBe(0);
		cleanups.push(() => void run(engine!, ['image', 'rm', '--force', tag]));

		const started = run(engine!, ['run', '--detach', '--name', name, '--health-interval=1s', '--publish', '127.0.0.1::3000', tag]);
		expect(started.status, started.stderr).toBe(0);
		cleanups.push(() => void run(engine!, ['rm', '--force', '--volumes', name]));

		const inspect = (format: string) => run(engine!, ['inspect', '--format', format, name]).stdout.trim();
		const deadline = Date.now() + 120_000;
		while (inspect('{{.State.Health.Status}}') !== 'healthy') {
			if (Date.now() > deadline || inspect('{{.State.Running}}') !== 'true') {
				throw new Error(`not healthy:\n${run(engine!, ['logs', name]).stdout}${run(engine!, ['logs', name]).stderr}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
		const published = run(engine!, ['port', name, '3000']).stdout.trim().split('\n')[0]!;
		const health = await fetch(`http://${published}/healthz`);
		expect(await health.json()).toEqual({ status: 'ok' });

		expect(run(engine!, ['exec', name, 'id', '-u']).stdout.trim()).not.toBe('0');
		const backup = run(engine!, ['exec', name, 'node', '--import', 'tsx', 'server/cli.ts', 'backup', '/data/backup.sqlite']);
		expect(backup.status, backup.stderr).toBe(0);
		expect(run(engine!, ['exec', name, 'test', '-s', '/data/backup.sqlite']).status).toBe(0);

		const stopping = Date.now();
		expect(run(engine!, ['stop', '--time', '20', name]).status).toBe(0);
		expect(Date.now() - stopping).toBeLessThan(15_000);
		expect(inspect('{{.State.ExitCode}}')).toBe('0');
		expect(run(engine!, ['logs', name]).stdout).toContain('shutdown complete');
	}, 25 * 60_000);
});
