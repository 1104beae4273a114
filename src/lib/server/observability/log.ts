export type LogLevel = 'info' | 'warn' | 'error';
/** Values only: what goes in here is chosen by the caller, and must never be a name, a card text, a token or an address. */
export type LogFields = Record<string, string | number | boolean | null>;

export interface Logger {
	info(msg: string, fields?: LogFields): void;
	warn(msg: string, fields?: LogFields): void;
	error(msg: string, fields?: LogFields): void;
}

/**
 * One JSON object per line on stdout, as log collectors (Loki, journald, Docker) expect it. A
 * library such as pino would add speed and transports we do not need at this volume, and its
 * defaults (numeric levels, epoch times) would have to be configured away.
 */
export function jsonLogger(write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
	const entry =
		(level: LogLevel) =>
		(msg: string, fields: LogFields = {}): void =>
			write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
	return { info: entry('info'), warn: entry('warn'), error: entry('error') };
}
