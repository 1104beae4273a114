import { createTransport } from 'nodemailer';

export interface Mail {
	to: string;
	subject: string;
	text: string;
}

export interface Mailer {
	send(mail: Mail): Promise<void>;
	close(): void;
}

/**
 * E-mail over the Kommune's own SMTP server (`SMTP_URL`, e.g. smtp://user:pass@mail.kreis.example:587;
 * smtps:// for TLS from the start). Nodemailer does the protocol: STARTTLS, auth, encoding of
 * umlauts and long lines.
 */
export function smtpMailer(url: string, from: string): Mailer {
	const transport = createTransport(url);
	return {
		async send(mail) {
			await transport.sendMail({ from, ...mail });
		},
		close: () => transport.close()
	};
}
