import { openDatabase, databaseBytes, databaseFile, truncateWal } from '../src/lib/server/db/open.ts';
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
import { purgeOldFeedback } from '../src/lib/server/legal/feedback.ts';
import { purgeExpiredSessions } from '../src/lib/server/identity/session.ts';
import { SetupToken } from '../src/lib/server/identity/setup-token.ts';
import { OidcClient } from '../src/lib/server/identity/oidc/client.ts';
import { countUsers } from '../src/lib/server/identity/users.ts';
import { libreTranslate } from '../src/lib/server/translation/translator.ts';
import { jsonLogger, type Logger } from '../src/lib/server/observability/log.ts';
import { createMetrics } from '../src/lib/server/observability/metrics.ts';
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
export function startApp(config: Config, log: Logger = jsonLogger()): App {
	const database = openDatabase(databaseFile(config.dataDir));
	if (database.migrated > 0) log.info(`Database: applied ${database.migrated} migration(s)`);
	// Read at scrape time only, when the context below exists.
	const metrics = createMetrics({
		openRooms: () => context.rooms.size,
		openSockets: () => context.rooms.sockets,
		databaseBytes: () => databaseBytes(database.sqlite)
	});
	const context: AppContext = {
		config,
		db: database.db,
		sqlite: database.sqlite,
		origin: config.origin ?? `http://localhost:${config.port}`,
		limits: createLimits(),
		setupToken: new SetupToken(),
		oidc: config.oidc ? new OidcClient(config.oidc) : null,
		rooms: createRooms(config, database.db, (line) => log.info(line), metrics),
		translator: config.translateUrl ? libreTranslate(config.translateUrl, config.translateApiKey) : null,
		log,
		metrics
	};
	registerAppContext(context);
	let walRetry: ReturnType<typeof setTimeout> | undefined;
	// The WAL still holds the pages as they were before the delete: copy the zeroed pages into the
	// database file and truncate the WAL to nothing. A reader of an older snapshot (a backup in
	// progress) prevents that, and the old pages stay until a later attempt succeeds.
	const truncateWalSoon = (): void => {
		if (truncateWal(context.sqlite)) return;
		log.warn(`Retention: the WAL is still being read (a backup?); truncating it again in ${WAL_RETRY_MS / 1000} s`);
		walRetry = setTimeout(truncateWalSoon, WAL_RETRY_MS);
		walRetry.unref();
	};
	// Guarded here for every run (at start, daily, on SIGUSR2): a failed purge is logged and tried
	// again on the next run instead of taking the server down.
	const runRetention = (): void => {
		try {
			const feedback = purgeOldFeedback(context.db, config.retentionDays);
			if (feedback) log.info(`Retention: deleted ${feedback} accessibility feedback message(s) older than ${config.retentionDays} days`);
			const sessionsEnded = purgeExpiredSessions(context.db);
			if (sessionsEnded) log.info(`Retention: deleted ${sessionsEnded} expired session(s)`);
			const deleted = purgeExpiredWorkshops(context.db, config.retentionDays);
			if (deleted.length === 0) {
				log.info('Retention: no workshop to delete');
				return;
			}
			// Synchronously after the delete: the documents in memory go before anything could store them again.
			for (const id of deleted) context.rooms.evict(id);
			clearTimeout(walRetry);
			truncateWalSoon();
			log.info(`Retention: deleted ${deleted.length} workshop(s) ended more than ${config.retentionDays} days ago`);
		} catch (error) {
			log.error(`Retention failed: ${error instanceof Error ? error.message : String(error)}`);
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
			.then(({ sent, failed }) => (failed ? log.warn : log.info)(`Reminders: sent ${sent} e-mail(s)${failed ? `, ${failed} failed (tried again next run)` : ''}`))
			.catch((error: unknown) => log.error(`Reminders failed: ${error instanceof Error ? error.message : String(error)}`))
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
			// Without passwords the first facilitator's account is made at their first single sign-on.
			if (config.passwords && countUsers(context.db) === 0) {
				const token = context.setupToken.issue();
				log.info(`No account yet. Create the first facilitator here: ${context.origin}/setup?token=${token}`);
			}
			// Last, so that whoever waits for this line has seen everything printed before it.
			log.info(`Pinnwand listening on http://${shown}:${port} (origin ${context.origin})`);
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
