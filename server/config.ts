import path from 'node:path';

/** Everything the process reads from its environment, parsed once at the entry point. */
export interface Config {
	port: number;
	host: string;
	/** Public origin for join links, QR codes and the websocket Origin check; null until known. */
	origin: string | null;
	dataDir: string;
	retentionDays: number;
	production: boolean;
	/** Largest websocket frame a client may send, in bytes. */
	wsMaxMessageBytes: number;
	/** How often every socket gets a keepalive frame and a ping; the stock client gives up after 30 s. */
	wsKeepaliveMs: number;
	/** Per-connection message rate cap (token bucket): sustained rate and burst. */
	wsRatePerSecond: number;
	wsRateBurst: number;
	/** How long a workshop's documents stay in memory after its last client left. */
	roomGraceMs: number;
	/** Stored updates of one document before they are compacted into one. */
	docCompactRows: number;
	/** Largest HTTP request body, in bytes. */
	bodyLimitBytes: number;
	/** The Kommune's SMTP server for reminders (smtp:// or smtps://); null: reminders only on the dashboard. */
	smtpUrl: string | null;
	/** Sender of reminder e-mails. */
	smtpFrom: string;
	/** A reminder goes out this many days before a Frist, and again once it has passed. */
	reminderLeadDays: number;
	/** How often the server looks for reminders to send. */
	reminderIntervalMs: number;
	/** A self-hosted LibreTranslate-compatible server that pre-fills card translations; null: off. */
	translateUrl: string | null;
	translateApiKey: string | null;
	/** Bearer token a Prometheus scraper must send for /metrics; null: /metrics does not exist. */
	metricsToken: string | null;
	/** Where feedback on the Erklärung zur Barrierefreiheit is e-mailed (with SMTP_URL); null: dashboard only. */
	feedbackEmail: string | null;
	/** Single sign-on through the Kommune's OpenID Provider; null: passwords only. */
	oidc: OidcConfig | null;
	/** Whether facilitators may sign in with a password (AUTH_PASSWORDS, `on` unless `off`). */
	passwords: boolean;
}

export interface OidcConfig {
	issuer: URL;
	clientId: string;
	clientSecret: string;
	/** The claim (in the ID token or from userinfo) that lists the user's groups. */
	groupsClaim: string;
	/** Only members of this group may create workshops; null: every facilitator may. */
	creatorGroup: string | null;
	/** The text of the sign-in button; null: the default one. */
	label: string | null;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < min || value > max) {
		throw new ConfigError(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
	}
	return value;
}

/** An http(s) URL from the environment, or null when the variable is unset. */
function httpUrl(env: NodeJS.ProcessEnv, name: string, example: string): URL | null {
	const raw = env[name];
	if (raw === undefined || raw === '') return null;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new ConfigError(`${name} must be a URL such as ${example}, got "${raw}"`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new ConfigError(`${name} must start with http:// or https://, got "${raw}"`);
	}
	return url;
}

function smtpUrl(raw: string | undefined): string | null {
	if (raw === undefined || raw === '') return null;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		// Not echoed: it may hold the mail account's password.
		throw new ConfigError('SMTP_URL must be a URL such as smtp://user:password@mail.kreis.example:587');
	}
	if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
		throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, got "${url.protocol}//…"`);
	}
	return raw;
}

/** Long enough not to be guessed, and free of what cannot travel in an Authorization header. */
function metricsToken(raw: string | undefined): string | null {
	if (raw === undefined || raw === '') return null;
	// Not echoed: it is a secret.
	if (raw.length < 16 || !/^[\x21-\x7e]+$/.test(raw)) {
		throw new ConfigError('METRICS_TOKEN must be at least 16 printable characters without spaces (e.g. from `openssl rand -hex 32`)');
	}
	return raw;
}

function emailAddress(env: NodeJS.ProcessEnv, name: string): string | null {
	const raw = env[name]?.trim();
	if (!raw) return null;
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw)) throw new ConfigError(`${name} must be an e-mail address such as barrierefreiheit@kreis.example, got "${raw}"`);
	return raw;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function oidcConfig(env: NodeJS.ProcessEnv): OidcConfig | null {
	const names = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;
	const missing = names.filter((name) => !env[name]);
	if (missing.length === names.length) return null;
	if (missing.length > 0) throw new ConfigError(`Single sign-on needs ${names.join(', ')}; missing: ${missing.join(', ')}`);
	const issuer = httpUrl(env, 'OIDC_ISSUER', 'https://login.kreis.example/realms/kommune')!;
	// Plain http would expose codes and tokens on the way; only a provider on this machine (tests, a
	// local Keycloak) is trusted without TLS.
	if (issuer.protocol === 'http:' && !LOCAL_HOSTS.has(issuer.hostname)) {
		throw new ConfigError(`OIDC_ISSUER must use https:// (http:// only for localhost), got "${issuer.href}"`);
	}
	return {
		issuer,
		clientId: env.OIDC_CLIENT_ID!,
		clientSecret: env.OIDC_CLIENT_SECRET!,
		groupsClaim: env.OIDC_GROUPS_CLAIM || 'groups',
		creatorGroup: env.OIDC_CREATOR_GROUP || null,
		label: env.OIDC_LABEL?.trim() || null
	};
}

function passwords(raw: string | undefined, oidc: OidcConfig | null): boolean {
	if (raw === undefined || raw === '' || raw === 'on') return true;
	if (raw !== 'off') throw new ConfigError(`AUTH_PASSWORDS must be "on" or "off", got "${raw}"`);
	if (!oidc) throw new ConfigError('AUTH_PASSWORDS=off needs single sign-on (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET): nobody could sign in');
	return false;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
	const oidc = oidcConfig(env);
	return {
		port: integer(env, 'PORT', 3000, 0, 65535),
		host: env.HOST || '0.0.0.0',
		origin: httpUrl(env, 'ORIGIN', 'https://pinnwand.example.de')?.origin ?? null,
		dataDir: path.resolve(cwd, env.DATA_DIR || './data'),
		retentionDays: integer(env, 'RETENTION_DAYS', 365, 1, 36500),
		production: env.NODE_ENV !== 'development',
		wsMaxMessageBytes: integer(env, 'WS_MAX_MESSAGE_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
		wsKeepaliveMs: integer(env, 'WS_KEEPALIVE_MS', 10_000, 50, 15_000),
		wsRatePerSecond: integer(env, 'WS_RATE_PER_SECOND', 200, 1, 100_000),
		wsRateBurst: integer(env, 'WS_RATE_BURST', 400, 1, 1_000_000),
		roomGraceMs: integer(env, 'ROOM_GRACE_MS', 30_000, 0, 24 * 60 * 60 * 1000),
		docCompactRows: integer(env, 'DOC_COMPACT_ROWS', 500, 2, 1_000_000),
		bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 256 * 1024 * 1024),
		smtpUrl: smtpUrl(env.SMTP_URL),
		smtpFrom: env.SMTP_FROM || 'Pinnwand <pinnwand@localhost>',
		reminderLeadDays: integer(env, 'REMINDER_LEAD_DAYS', 14, 1, 90),
		reminderIntervalMs: integer(env, 'REMINDER_INTERVAL_MS', 60 * 60 * 1000, 100, 24 * 60 * 60 * 1000),
		translateUrl: httpUrl(env, 'TRANSLATE_URL', 'https://uebersetzen.kreis.example')?.href ?? null,
		translateApiKey: env.TRANSLATE_API_KEY || null,
		metricsToken: metricsToken(env.METRICS_TOKEN),
		feedbackEmail: emailAddress(env, 'FEEDBACK_EMAIL'),
		oidc,
		passwords: passwords(env.AUTH_PASSWORDS, oidc)
	};
}
