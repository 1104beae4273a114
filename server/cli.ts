import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from './config.ts';
import { databaseFile, openDatabase, type OpenDatabase } from '../src/lib/server/db/open.ts';
import { createDocStore } from '../src/lib/server/rooms/doc-store.ts';
import { BUENDNIS_TRANSFER_FORMAT } from '../src/lib/server/transfer/buendnis-format.ts';
import { importBuendnis } from '../src/lib/server/transfer/import-buendnis.ts';
import { importWorkshop } from '../src/lib/server/transfer/import-workshop.ts';
import { createUser } from '../src/lib/server/identity/users.ts';

const USAGE = `Usage:
  npm run cli -- user add --email E --name N --password-stdin
  npm run cli -- backup FILE
  npm run cli -- import FILE [--owner EMAIL]   (a workshop's or a whole Bündnis' export.json)`;

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	// A password piped with echo ends in a newline that nobody meant to be part of it.
	return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function userAdd(database: OpenDatabase, args: string[]): Promise<number> {
	const { values } = parseArgs({
		args,
		options: {
			email: { type: 'string' },
			name: { type: 'string' },
			'password-stdin': { type: 'boolean' }
		}
	});
	if (!values['password-stdin']) {
		console.error('The password is read from stdin only: pass --password-stdin.');
		return 2;
	}
	const created = await createUser(database.db, {
		email: values.email,
		name: values.name,
		password: await readStdin()
	});
	if (!created.ok) {
		for (const [field, code] of Object.entries(created.errors)) console.error(`--${field}: ${code}`);
		return 1;
	}
	console.log(`Created facilitator ${created.value.email} (${created.value.id})`);
	return 0;
}

async function backup(database: OpenDatabase, args: string[]): Promise<number> {
	const [file] = args;
	if (!file || args.length !== 1) {
		console.error(USAGE);
		return 2;
	}
	// SQLite's online backup API: a consistent copy even while the server writes.
	await database.sqlite.backup(file);
	console.log(`Backup written to ${file}`);
	return 0;
}

async function importFile(database: OpenDatabase, args: string[]): Promise<number> {
	const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { owner: { type: 'string' } } });
	const [file] = positionals;
	if (!file || positionals.length !== 1) {
		console.error(USAGE);
		return 2;
	}
	let data: unknown;
	try {
		data = JSON.parse(await readFile(file, 'utf8'));
	} catch (error) {
		console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : error}`);
		return 1;
	}
	const persistence = createDocStore(database.db);
	const result =
		(data as { format?: unknown } | null)?.format === BUENDNIS_TRANSFER_FORMAT
			? await importBuendnis(database.db, persistence, data, { ownerEmail: values.owner })
			: await importWorkshop(database.db, persistence, data, { ownerEmail: values.owner });
	if (!result.ok) {
		console.error(`Not imported: ${result.error}`);
		return 1;
	}
	console.log(
		'buendnisId' in result
			? `Imported as Bündnis ${result.buendnisId} with ${result.workshops} workshop(s)`
			: `Imported as workshop ${result.workshopId}, join code ${result.joinCode}`
	);
	if (result.missingFacilitators.length) {
		console.log(`No account here for: ${result.missingFacilitators.join(', ')} (add them as co-facilitators later)`);
	}
	return 0;
}

async function main(argv: string[]): Promise<number> {
	const config = readConfig();
	const [command, sub, ...rest] = argv;
	const run =
		command === 'user' && sub === 'add'
			? (db: OpenDatabase) => userAdd(db, rest)
			: command === 'backup'
				? (db: OpenDatabase) => backup(db, argv.slice(1))
				: command === 'import'
					? (db: OpenDatabase) => importFile(db, argv.slice(1))
					: null;
	if (!run) {
		console.error(USAGE);
		return 2;
	}
	const database = openDatabase(databaseFile(config.dataDir));
	try {
		return await run(database);
	} finally {
		database.close();
	}
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(error) => {
		console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
		process.exit(1);
	}
);
