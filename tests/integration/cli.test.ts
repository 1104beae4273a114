import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createWorkshop, facilitator, runCli } from '../helpers/api.ts';
import { makeDataDir, removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;

beforeAll(async () => {
	server = await startServer();
});

afterAll(async () => {
	await server.stop();
	removeDataDir(server.dataDir);
});

describe('npm run cli -- user add', () => {
	it('creates a facilitator with the password from stdin', async () => {
		const cli = await runCli(
			server.dataDir,
			['user', 'add', '--email', 'Kim@Kommune.Example', '--name', 'Kim', '--password-stdin'],
			'geheim-und-lang\n'
		);
		expect(cli.code).toBe(0);
		const login = await api(server, 'POST', '/api/auth/login', {
			body: { email: 'kim@kommune.example', password: 'geheim-und-lang' }
		});
		expect(login.status).toBe(200);
	});

	it('refuses a taken email, a short password and a password on the command line', async () => {
		const taken = await runCli(server.dataDir, ['user', 'add', '--email', 'kim@kommune.example', '--name', 'K', '--password-stdin'], 'noch-ein-passwort');
		expect(taken.code).toBe(1);
		expect(taken.stderr).toContain('--email: taken');
		const short = await runCli(server.dataDir, ['user', 'add', '--email', 'neu@kommune.example', '--name', 'N', '--password-stdin'], 'kurz');
		expect(short.stderr).toContain('--password: too_short');
		const noStdin = await runCli(server.dataDir, ['user', 'add', '--email', 'neu@kommune.example', '--name', 'N']);
		expect(noStdin.code).toBe(2);
	});
});

describe('npm run cli -- backup', () => {
	it('copies the database consistently while the server runs; the copy restores', async () => {
		const mod = await facilitator(server, 'Backup-Test');
		const workshop = await createWorkshop(server, mod.token, { title: 'Gesichert', municipality: 'Beispielstadt' });
		// Writes keep coming in while the backup runs.
		const writes = Promise.all(
			Array.from({ length: 20 }, (_, i) => createWorkshop(server, mod.token, { title: `Während ${i}` }))
		);
		const target = path.join(makeDataDir(), 'backup.sqlite');
		const backup = await runCli(server.dataDir, ['backup', target]);
		await writes;
		expect(backup.code).toBe(0);
		expect(fs.statSync(target).size).toBeGreaterThan(0);

		const restoredDir = makeDataDir();
		fs.copyFileSync(target, path.join(restoredDir, 'pinnwand.sqlite'));
		const restored = await startServer({ dataDir: restoredDir });
		try {
			const login = await api(restored, 'POST', '/api/auth/login', { body: { email: mod.email, password: mod.password } });
			const read = await api(restored, 'GET', `/api/workshops/${workshop.id}`, { token: login.body.token });
			expect(read.status).toBe(200);
			expect(read.body).toMatchObject({ title: 'Gesichert', municipality: 'Beispielstadt', joinCode: workshop.joinCode });
		} finally {
			await restored.stop();
			removeDataDir(restoredDir);
			removeDataDir(path.dirname(target));
		}
	});
});
