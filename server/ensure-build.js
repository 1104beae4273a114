// `npm start` runs this first: builds the SvelteKit app when there is no build yet or when a
// source file is newer than it, so that a fresh clone needs only `npm ci && npm start`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const marker = path.join(root, 'build/handler.js');
const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

function newest(file) {
	const stat = fs.statSync(file, { throwIfNoEntry: false });
	if (!stat) return 0;
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = 0;
	for (const entry of fs.readdirSync(file)) {
		// Paraglide writes its output into src/lib/paraglide during the build itself.
		if (entry === 'paraglide' || entry === 'node_modules') continue;
		latest = Math.max(latest, newest(path.join(file, entry)));
	}
	return latest;
}

const built = fs.statSync(marker, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const changed = Math.max(...sources.map((s) => newest(path.join(root, s))));
if (built === 0 || changed > built) {
	console.log(built === 0 ? 'No build yet: building …' : 'Sources changed since the last build: building …');
	const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: root,
		stdio: 'inherit'
	});
	process.exit(result.status ?? 1);
}
