import { openDatabase, databaseFile, truncateWal } from '../src/lib/server/db/open.ts';
import {
	createLimits,
	registerAppContext,
	unregisterAppContext,
	type AppContext
} from '../src/lib/server/context.ts';
import { createRooms } from '../src/lib/server/rooms/create-rooms.ts';
import { smtpMailer } from '../src/lib/server/reminders/mail.ts';
import { sendDueReminders } from '../src/lib/server/reminders/send.ts';
import { purgeExpiredWorkshops, scheduleRetention } from '../src/lib/server/workshop/retention.ts';
import { SetupToken } from '../src/lib/server/identity/setup-token.ts';
import { countUsers } from '../src/lib/server/identity/users.ts';
import { libreTranslate } from '../src/lib/server/translation/translator.ts';
import type { Config } from './config.ts';

/** How soon a WAL that could not be truncated after a retention run is tried again. */
const WAL_RETRY_MS = 60_000;

export interface App {
	context: AppContext;
	/** Called once the server listens: fixes the origin and prints the first-run URL. */
	listening(address: { host: string; port: number }): void;
	/**
	 * Runs the retention purge now (it also runs at start and once a day): deletes expired
	 * workshops, closes their live sockets with 4404 and checkpoints the WAL; logs what it did.
	 */
	runRetention(): void;
	/** Sends the reminder e-mails that are due (also every REMINDER_INTERVAL_MS once listening); logs what it did. */
	runReminders(): Promise<void>;
	/** Closes every realtime socket (1012), stores what is pending, closes the database. Safe to call twice. */
	close(): Promise<void>;
}

/** Opens the database, applies migrations and registers the shared context. */
export function startApp(config: Config, log: (line: string) => void = console.log): App {
	const database = openDatabase(databaseFile(config.dataDir));
	const context: AppContext = {
		config,
		db: database.db,
		sqlite: database.sqlite,
		origin: config.origin ?? `http://localhost:${config.port}`,
		limits: createLimits(),
		setupToken: new SetupToken(),
		rooms: createRooms(config, database.db, log),
		translator: config.translateUrl ? libreTranslate(config.translateUrl, config.translateApiKey) : null
	};
	registerAppContext(context);
	let walRetry: ReturnType<typeof setTimeout> | undefined;
	// The WAL still holds the pages as they were before the delete: copy the zeroed pages into the
	// database file and truncate the WAL to nothing. A reader of an older snapshot (a backup in
	// progress) prevents that, and the old pages stay until a later attempt succeeds.
	const truncateWalSoon = (): void => {
		if (truncateWal(context.sqlite)) return;
		log(`Retention: the WAL is still being read (a backup?); truncating it again in ${WAL_RETRY_MS / 1000} s`);
		walRetry = setTimeout(truncateWalSoon, WAL_RETRY_MS);
		walRetry.unref();
	};
	// Guarded here for every run (at start, daily, on SIGUSR2): a failed purge is logged and tried
	// again on the next run instead of taking the server down.
	const runRetention = (): void => {
		try {
			const deleted = purgeExpiredWorkshops(context.db, config.retentionDays);
			if (deleted.length === 0) {
				log('Retention: no workshop to delete');
				return;
			}
			// Synchronously after the delete: the documents in memory go before anything could store them again.
			for (const id of deleted) context.rooms.evict(id);
			clearTimeout(walRetry);
			truncateWalSoon();
			log(`Retention: deleted ${deleted.length} workshop(s) ended more than ${config.retentionDays} days ago`);
		} catch (error) {
			log(`Retention failed: ${error instanceof Error ? error.message : String(error)}`);
		}
	};
	const retention = scheduleRetention(runRetention);

	// Without SMTP the reminders wait on the facilitators' dashboards. One run at a time: a slow
	// SMTP server must not get the same reminder twice from overlapping runs.
	const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.smtpFrom) : null;
	let reminding: Promise<void> | undefined;
	let reminderTimer: ReturnType<typeof setInterval> | undefined;
	const runReminders = (): Promise<void> => {
		if (!mailer) return Promise.resolve();
		reminding ??= sendDueReminders(context, mailer, config.reminderLeadDays)
			.then(({ sent, failed }) => log(`Reminders: sent ${sent} e-mail(s)${failed ? `, ${failed} failed (tried again next run)` : ''}`))
			.catch((error: unknown) => log(`Reminders failed: ${error instanceof Error ? error.message : String(error)}`))
			.finally(() => {
				reminding = undefined;
			});
		return reminding;
	};

	let closing: Promise<void> | undefined;
	return {
		context,
		listening({ host, port }) {
			const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
			context.origin = config.origin ?? `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
			if (countUsers(context.db) === 0) {
				const token = context.setupToken.issue();
				log(`No account yet. Create the first facilitator here: ${context.origin}/setup?token=${token}`);
			}
			// Last, so that whoever waits for this line has seen everything printed before it.
			log(`Pinnwand listening on http://${shown}:${port} (origin ${context.origin})`);
			// Reminders carry links, so they start once the origin is known.
			if (mailer) {
				void runReminders();
				reminderTimer = setInterval(() => void runReminders(), config.reminderIntervalMs);
				reminderTimer.unref();
			}
		},
		runRetention,
		runReminders,
		close() {
			closing ??= (async () => {
				retention.stop();
				clearInterval(reminderTimer);
				await reminding;
				mailer?.close();
				clearTimeout(walRetry);
				try {
					await context.rooms.close();
				} finally {
					unregisterAppContext(context);
					database.close();
				}
			})();
			return closing;
		}
	};
}
