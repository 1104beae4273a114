import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config.ts';

describe('readConfig', () => {
	it('uses the defaults of the contract', () => {
		const config = readConfig({}, '/srv/pinnwand');
		expect(config).toMatchObject({
			port: 3000,
			host: '0.0.0.0',
			origin: null,
			dataDir: '/srv/pinnwand/data',
			retentionDays: 365
		});
	});

	it('reads PORT, HOST, ORIGIN, DATA_DIR and RETENTION_DAYS', () => {
		const config = readConfig(
			{ PORT: '8080', HOST: '127.0.0.1', ORIGIN: 'https://pinnwand.kreis.de/', DATA_DIR: '/var/lib/pw', RETENTION_DAYS: '30' },
			'/'
		);
		expect(config).toMatchObject({
			port: 8080,
			host: '127.0.0.1',
			origin: 'https://pinnwand.kreis.de',
			dataDir: '/var/lib/pw',
			retentionDays: 30
		});
	});

	it('refuses values that make no sense, naming the variable', () => {
		expect(() => readConfig({ PORT: 'achtzig' })).toThrow(ConfigError);
		expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT/);
		expect(() => readConfig({ RETENTION_DAYS: '0' })).toThrow(/RETENTION_DAYS/);
		expect(() => readConfig({ ORIGIN: 'pinnwand.kreis.de' })).toThrow(/ORIGIN/);
		expect(() => readConfig({ ORIGIN: 'ftp://pinnwand.kreis.de' })).toThrow(/ORIGIN/);
		expect(() => readConfig({ SMTP_URL: 'mail.kreis.de:587' })).toThrow(/SMTP_URL/);
		expect(() => readConfig({ SMTP_URL: 'https://mail.kreis.de' })).toThrow(/SMTP_URL/);
		expect(() => readConfig({ REMINDER_LEAD_DAYS: '0' })).toThrow(/REMINDER_LEAD_DAYS/);
	});

	it('sends reminders only with an SMTP server, and never prints its password when refusing one', () => {
		expect(readConfig({})).toMatchObject({ smtpUrl: null, reminderLeadDays: 14, smtpFrom: 'Pinnwand <pinnwand@localhost>' });
		const smtp = 'smtp://pinnwand:geheim@mail.kreis.de:587';
		expect(readConfig({ SMTP_URL: smtp, SMTP_FROM: 'Kreis <pinnwand@kreis.de>' })).toMatchObject({ smtpUrl: smtp, smtpFrom: 'Kreis <pinnwand@kreis.de>' });
		expect(() => readConfig({ SMTP_URL: 'imap://pinnwand:geheim@mail.kreis.de' })).toThrow(/^(?!.*geheim)/);
		expect(() => readConfig({ SMTP_URL: 'pinnwand:geheim@mail kreis' })).toThrow(/^(?!.*geheim)/);
	});

	it('translates with no service until TRANSLATE_URL names the Kommune\'s own', () => {
		expect(readConfig({})).toMatchObject({ translateUrl: null, translateApiKey: null });
		expect(readConfig({ TRANSLATE_URL: 'https://uebersetzen.kreis.de/lt', TRANSLATE_API_KEY: 'k' })).toMatchObject({
			translateUrl: 'https://uebersetzen.kreis.de/lt',
			translateApiKey: 'k'
		});
		expect(() => readConfig({ TRANSLATE_URL: 'uebersetzen.kreis.de' })).toThrow(/TRANSLATE_URL/);
		expect(() => readConfig({ TRANSLATE_URL: 'file:///etc/passwd' })).toThrow(ConfigError);
	});
});
