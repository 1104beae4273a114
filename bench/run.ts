// `npm run bench -- <name> [args]` runs bench/<name>.ts; without a name, every benchmark in turn.
// Each benchmark module exports `run(args: string[]): Promise<void>` and prints its own figures.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const available = fs
	.readdirSync(here)
	.filter((f) => f.endsWith('.ts') && f !== 'run.ts')
	.map((f) => f.slice(0, -3))
	.sort();

const [name, ...args] = process.argv.slice(2);
if (name && !available.includes(name)) {
	console.error(`Unknown benchmark "${name}". Available: ${available.join(', ') || 'none'}`);
	process.exit(2);
}
for (const bench of name ? [name] : available) {
	console.log(`\n## ${bench}\n`);
	const module = (await import(pathToFileURL(path.join(here, `${bench}.ts`)).href)) as {
		run: (args: string[]) => Promise<void>;
	};
	await module.run(args);
}
