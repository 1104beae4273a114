import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
	/** For SMTP_URL. */
	url: string;
	/** Every message accepted so far, parsed. */
	messages: ParsedMail[];
	/** Refuses the next `count` messages with a temporary error, as a busy mail server does. */
	refuseNext(count: number): void;
	close(): Promise<void>;
}

/** A real SMTP server on a free local port (the nodemailer project's smtp-server), keeping what it receives. */
export async function startSmtp(): Promise<TestSmtp> {
	const messages: ParsedMail[] = [];
	let refusals = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, _session, callback) {
			simpleParser(stream).then(
				(mail) => {
					if (refusals > 0) {
						refusals -= 1;
						return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
					}
					messages.push(mail);
					callback();
				},
				(error: Error) => callback(error)
			);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.server.address() as AddressInfo;
	return {
		url: `smtp://127.0.0.1:${port}`,
		messages,
		refuseNext: (count) => {
			refusals = count;
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
