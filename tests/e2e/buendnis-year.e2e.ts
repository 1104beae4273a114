import fs from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Page } from '@playwright/test';
import { calendarDay } from '../../src/lib/board/plan-filter.ts';
import { addDays } from '../../src/lib/board/reminders.ts';
import { api } from '../helpers/api.ts';
import { makeDataDir, removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';
import { pinThemen, setPhase, writeBoard } from './board-helpers.ts';
import { expectAccessible } from './a11y.ts';
import { expect, signIn, test as base } from './fixtures.ts';

const DAYS_AGO = 91;

/** Debian's libfaketime (`apt-get install faketime`), which moves the clock of the server process. */
function libfaketime(): string {
	for (const arch of fs.readdirSync('/usr/lib')) {
		const file = path.join('/usr/lib', arch, 'faketime', 'libfaketime.so.1');
		if (fs.existsSync(file)) return file;
	}
	throw new Error('libfaketime not found: apt-get install faketime (.ci/run does)');
}

/**
 * The server of this test starts three months in the past (its process clock set back by
 * libfaketime) and is restarted in the present on the same port and data: the browsers stay, as
 * they would over a quarter in a Kommune.
 */
class TimeTravellingServer implements RunningServer {
	constructor(private current: RunningServer) {}
	get url() {
		return this.current.url;
	}
	get port() {
		return this.current.port;
	}
	get dataDir() {
		return this.current.dataDir;
	}
	get setupUrl() {
		return this.current.setupUrl;
	}
	get exited(): Promise<number | null> {
		return this.current.exited;
	}
	get process(): ChildProcess {
		return this.current.process;
	}
	output = () => this.current.output();
	messages = () => this.current.messages();
	stop = () => this.current.stop();
	kill = () => this.current.kill();

	async present(): Promise<void> {
		expect(await this.current.stop()).toBe(0);
		this.current = await startServer({ dataDir: this.dataDir, port: this.port });
	}
}

const test = base.extend<{ server: TimeTravellingServer }>({
	server: async ({}, use) => {
		const dataDir = makeDataDir();
		const past = await startServer({ dataDir, env: { LD_PRELOAD: libfaketime(), FAKETIME: `-${DAYS_AGO}d` } });
		const server = new TimeTravellingServer(past);
		await use(server);
		await server.stop();
		removeDataDir(dataDir);
	}
});

const group = (page: Page, name: string) => page.getByRole('group', { name: `Maßnahme: ${name}` });

test('a Bündnis over a quarter: STARTER Maßnahmen, a Folgetreffen reviews them on the Beamer, an owner reports through a link, the Sachbericht shows it', async ({
	server,
	moderator,
	openContext
}) => {
	let token = moderator.account.token;
	const today = calendarDay(new Date());
	const then = addDays(today, -DAYS_AGO);
	const mod = moderator.page;

	// Three months ago: the STARTER workshop of the Bündnis yields its Maßnahmen.
	const buendnis = (await api(server, 'POST', '/api/buendnisse', { token, body: { name: 'Bündnis Musterstadt', municipality: 'Musterstadt', members: ['Jobcenter', 'VHS'] } })).body.id as string;
	const starter = (await api(server, 'POST', '/api/workshops', { token, body: { title: 'STARTER Musterstadt', date: then, buendnisId: buendnis } })).body.id as string;
	await writeBoard(server, starter, token, (doc) => pinThemen(doc, { sprache: 'Sprache', kita: 'Kinderbetreuung' }));
	await setPhase(server, token, starter, 'massnahmen');
	await mod.goto(`/w/${starter}`);
	await expect(mod.getByTestId('connection')).toHaveText(/verbunden/);
	for (const [thema, title, owner, contact, due] of [
		['Sprache', 'Sprachcafé im Jugendzentrum', 'VHS Musterstadt', 'Frau Kaya, kaya@vhs.example', addDays(today, 30)],
		['Kinderbetreuung', 'Kita-Plätze für Kursmütter', 'Jugendamt', 'Herr Demir', addDays(today, 60)]
	] as const) {
		const plan = mod.getByTestId('action-plan').getByRole('region', { name: thema, exact: true });
		await plan.getByRole('button', { name: 'Maßnahme für dieses Thema anlegen' }).click();
		await plan.getByLabel('Maßnahme', { exact: true }).fill(title);
		await plan.getByRole('button', { name: 'Maßnahme anlegen' }).click();
		await group(mod, title).getByLabel('Verantwortlich (Institution)').fill(owner);
		await group(mod, title).getByLabel('Ansprechperson').fill(contact);
		await group(mod, title).getByLabel('Frist').fill(due);
		await group(mod, title).getByLabel('Frist').blur();
	}
	await expect(group(mod, 'Kita-Plätze für Kursmütter').getByLabel('Frist')).toHaveValue(addDays(today, 60));
	expect((await api(server, 'POST', `/api/workshops/${starter}/end`, { token })).status).toBe(200);
	const past = (await api(server, 'GET', `/api/buendnisse/${buendnis}`, { token })).body;
	expect(past.workshops[0].date).toBe(then);

	// Today: the server runs in the present, and the session of three months ago has long expired.
	await server.present();
	const { email, password } = moderator.account;
	expect((await api(server, 'GET', '/api/buendnisse', { token })).status).toBe(401);
	token = (await api(server, 'POST', '/api/auth/login', { body: { email, password } })).body.token;
	await signIn(moderator.context, server, token);

	// The Folgetreffen starts with the Rückblick.
	await mod.goto(`/buendnis/${buendnis}`);
	await mod.getByRole('link', { name: 'Folgetreffen anlegen' }).click();
	await mod.getByLabel('Titel').fill('Folgetreffen Musterstadt');
	await mod.getByLabel('Datum').fill(today);
	await mod.getByRole('button', { name: 'Workshop anlegen' }).click();
	await expect(mod.getByTestId('connection')).toHaveText(/verbunden/);
	const follow = new URL(mod.url()).pathname.split('/').at(-1)!;
	const viewer = await api(server, 'POST', `/api/workshops/${follow}/viewer-link`, { token });
	const { page: beamer } = await openContext({ viewport: { width: 1920, height: 1080 } });
	await beamer.goto(viewer.body.url);
	await mod.getByRole('button', { name: 'Rückblick starten' }).click();
	const shown = beamer.getByTestId('review-current');
	await expect(shown).toContainText('Maßnahme 1 von 2');
	await expect(shown).toContainText('Sprachcafé im Jugendzentrum');
	await expect(shown).toContainText('STARTER Musterstadt');
	await mod.getByLabel('Status', { exact: true }).selectOption('in_progress');
	await mod.getByLabel('Stand / Grund').fill('Raum im Jugendzentrum zugesagt');
	await mod.getByRole('button', { name: 'Status speichern' }).click();
	await expect(shown).toContainText('in Arbeit: Raum im Jugendzentrum zugesagt');
	await expectAccessible(beamer, 'Rückblick on the Beamer');

	// The VHS reports through its own link: stuck, with the reason and a new Frist.
	await mod.goto(`/w/${starter}/settings`);
	await mod.getByRole('button', { name: 'Link erzeugen: Sprachcafé im Jugendzentrum' }).click();
	const ownerUrl = (await mod.getByTestId('owner-url').textContent())!;
	const { page: vhs } = await openContext();
	await vhs.goto(ownerUrl);
	const mine = vhs.getByRole('article', { name: 'Sprachcafé im Jugendzentrum' });
	await mine.getByLabel('Status').selectOption('stuck');
	await mine.getByLabel('Stand / Grund').fill('Kursleitung erst ab Mai');
	await mine.getByLabel('Frist').fill(addDays(today, 75));
	await mine.getByRole('button', { name: 'Stand speichern' }).click();
	await expect(vhs.getByRole('status')).toHaveText('Gespeichert.');

	// The Beamer's Rückblick shows it at the next step, the Sachbericht of the quarter too.
	await mod.goto(`/w/${follow}`);
	await mod.getByRole('button', { name: 'Nächste Maßnahme' }).click();
	await mod.getByRole('button', { name: 'Vorherige Maßnahme' }).click();
	await expect(shown).toContainText('stockt: Kursleitung erst ab Mai');

	// No report yet: the period starts when the Bündnis was made, three months ago by the server's clock.
	await mod.goto(`/buendnis/${buendnis}`);
	await expect(mod.getByLabel('Von')).toHaveValue(then);
	const csv = await (
		await fetch(`${server.url}/api/buendnisse/${buendnis}/sachbericht.csv?from=${then}&to=${today}`, { headers: { authorization: `Bearer ${token}` } })
	).text();
	expect(csv).toMatch(new RegExp(`STARTER Musterstadt;[^;]+;;0\\r\\nFolgetreffen Musterstadt;`));
	expect(csv).toContain('Sprachcafé im Jugendzentrum;in Arbeit → stockt;Kursleitung erst ab Mai;Verantwortlich (VHS Musterstadt)');
	expect(csv).toContain('Sprachcafé im Jugendzentrum;offen → in Arbeit;Raum im Jugendzentrum zugesagt;Maria Moderation');
	// The chart's months reach back to the STARTER day: both Maßnahmen stood open then.
	expect(csv).toContain(`${then.slice(0, 7)};2;0;0;0`);
	const download = mod.waitForEvent('download');
	await mod.getByRole('button', { name: 'Sachbericht als PDF' }).click();
	expect((await download).suggestedFilename()).toMatch(/^Sachbericht.*\.pdf$/);
});
