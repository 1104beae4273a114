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
		expect(() => readConfig({ FEEDBACK_EMAIL: 'barrierefreiheit' })).toThrow(/FEEDBACK_EMAIL/);
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

	it('serves /metrics only with a METRICS_TOKEN long enough not to be guessed, and never prints it', () => {
		expect(readConfig({})).toMatchObject({ metricsToken: null });
		const token = 'b3f1c0de9a7e4d2c8f6a5b4c3d2e1f00';
		expect(readConfig({ METRICS_TOKEN: token })).toMatchObject({ metricsToken: token });
		expect(() => readConfig({ METRICS_TOKEN: 'kurz-geheim' })).toThrow(/^(?=.*METRICS_TOKEN)(?!.*kurz-geheim)/);
		expect(() => readConfig({ METRICS_TOKEN: 'lang genug aber mit Leerzeichen' })).toThrow(ConfigError);
	});

	const SSO = { OIDC_ISSUER: 'https://login.kreis.de/realms/kommune', OIDC_CLIENT_ID: 'pinnwand', OIDC_CLIENT_SECRET: 'geheim' };

	it('signs in with passwords only until all three OIDC variables are set', () => {
		expect(readConfig({})).toMatchObject({ oidc: null, passwords: true });
		expect(readConfig(SSO).oidc).toMatchObject({
			issuer: new URL(SSO.OIDC_ISSUER),
			clientId: 'pinnwand',
			clientSecret: 'geheim',
			groupsClaim: 'groups',
			creatorGroup: null,
			label: null
		});
		expect(readConfig({ ...SSO, OIDC_GROUPS_CLAIM: 'roles', OIDC_CREATOR_GROUP: 'moderation', OIDC_LABEL: 'Mit KreisLogin anmelden' }).oidc).toMatchObject({
			groupsClaim: 'roles',
			creatorGroup: 'moderation',
			label: 'Mit KreisLogin anmelden'
		});
	});

	it('names the OIDC variables that are missing when only some are set', () => {
		expect(() => readConfig({ OIDC_ISSUER: SSO.OIDC_ISSUER })).toThrow(/missing: OIDC_CLIENT_ID, OIDC_CLIENT_SECRET$/);
		expect(() => readConfig({ OIDC_CLIENT_ID: 'pinnwand', OIDC_CLIENT_SECRET: 'x' })).toThrow(ConfigError);
	});

	it('trusts an OpenID Provider over plain http only on this machine', () => {
		expect(readConfig({ ...SSO, OIDC_ISSUER: 'http://127.0.0.1:8080' }).oidc?.issuer.href).toBe('http://127.0.0.1:8080/');
		expect(readConfig({ ...SSO, OIDC_ISSUER: 'http://localhost:8080/realms/k' }).oidc).not.toBeNull();
		expect(() => readConfig({ ...SSO, OIDC_ISSUER: 'http://login.kreis.de' })).toThrow(/OIDC_ISSUER must use https/);
		expect(() => readConfig({ ...SSO, OIDC_ISSUER: 'login.kreis.de' })).toThrow(/OIDC_ISSUER/);
	});

	it('turns passwords off only when single sign-on is there to sign in with', () => {
		expect(readConfig({ ...SSO, AUTH_PASSWORDS: 'off' }).passwords).toBe(false);
		expect(readConfig({ ...SSO, AUTH_PASSWORDS: 'on' }).passwords).toBe(true);
		expect(() => readConfig({ AUTH_PASSWORDS: 'off' })).toThrow(/AUTH_PASSWORDS=off needs single sign-on/);
		expect(() => readConfig({ ...SSO, AUTH_PASSWORDS: 'nein' })).toThrow(/AUTH_PASSWORDS/);
	});
});
