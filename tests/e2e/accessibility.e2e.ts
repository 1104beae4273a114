import type { Locator, Page } from '@playwright/test';
import { api, createWorkshop } from '../helpers/api.ts';
import { expectAccessible, expectTouchTargets, expectVisibleFocus } from './a11y.ts';
import { card, group, openBoard, phone, pinCard, pinThemen, setPhase, threeScreens, wallOf, workshopWith, writeBoard } from './board-helpers.ts';
import { expect, test, type Fixtures } from './fixtures.ts';

/** Presses Tab (or Shift+Tab) until `target` has the focus, as someone without a mouse would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 80): Promise<void> {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press(key);
	}
	throw new Error(`not reached by ${key} within ${limit} presses`);
}

test('join pages on phone and laptop, a wrong code and the code form pass axe; joining works by keyboard alone', async ({
	server,
	moderator,
	openContext
}) => {
	const workshop = await createWorkshop(server, moderator.account.token, { title: 'STARTER Musterstadt' });
	const { page: handset } = await openContext(phone);
	for (const [path, what] of [
		[`/j/${workshop.joinCode}`, 'join page'],
		['/j/ZZZZZZ', 'join page, wrong code'],
		['/j', 'code form']
	] as const) {
		await handset.goto(path);
		await expect(handset.getByRole('heading', { level: 1 })).toBeVisible();
		await expectAccessible(handset, `${what}, phone`);
		await expectTouchTargets(handset, `${what}, phone`);
	}

	const { page: laptop } = await openContext();
	await laptop.goto(`/j/${workshop.joinCode}`);
	await expectAccessible(laptop, 'join page, laptop');
	// The language switch comes first, for whoever does not read German; the name field follows it.
	await laptop.keyboard.press('Tab');
	await expect(laptop.getByTestId('language-switch').locator('summary')).toBeFocused();
	await tabTo(laptop, laptop.getByLabel('Name (freiwillig)'), 'Tab', 3);
	await laptop.keyboard.type('Kübra Öztürk');
	await laptop.keyboard.press('Tab');
	const institution = laptop.getByLabel('Institution', { exact: true });
	await expect(institution).toBeFocused();
	await laptop.keyboard.press('ArrowDown');
	await expect(institution).toHaveValue('Jobcenter');
	await laptop.keyboard.press('Tab');
	await laptop.keyboard.press('Tab');
	const join = laptop.getByRole('button', { name: 'Beitreten' });
	await expect(join).toBeFocused();
	await expectVisibleFocus(join);
	await laptop.keyboard.press('Enter');
	await expect(laptop.getByRole('heading', { name: 'Willkommen, Kübra Öztürk!' })).toBeVisible();
});

/**
 * The four screens of the board sweeps: the facilitator with the panel, a participant on a
 * laptop, one on a phone, and the Beamer; with the checks each phase runs on all of them.
 */
async function boardScreens({ server, moderator, openContext }: Pick<Fixtures, 'server' | 'moderator' | 'openContext'>) {
	const { workshop, mod, anna, ben } = await threeScreens(server, moderator, openContext);
	const token = moderator.account.token;
	const viewer = await api(server, 'POST', `/api/workshops/${workshop.id}/viewer-link`, { token });
	const { page: beamer } = await openContext({ viewport: { width: 1920, height: 1080 } });
	for (const page of [mod, anna, ben]) await openBoard(page, workshop.id);
	await beamer.goto(viewer.body.url);
	const panel = mod.getByTestId('facilitator-panel');

	async function phase(name: string) {
		for (const page of [mod, anna, ben]) await expect(page.getByTestId('phase')).toHaveText(name);
		await expect(beamer.getByTestId('beamer-phase')).toHaveText(name);
	}
	/** The four screens at once: each is its own browser process, so axe runs side by side. */
	async function sweep(state: string) {
		await Promise.all([
			expectAccessible(mod, `${state}, facilitator with panel`),
			expectAccessible(anna, `${state}, participant on a laptop`),
			expectAccessible(ben, `${state}, participant on a phone`).then(() =>
				expectTouchTargets(ben, `${state}, participant on a phone`)
			),
			expectAccessible(beamer, `${state}, Beamer-Ansicht`)
		]);
	}
	const control = async (path: string, body: object) =>
		expect((await api(server, 'POST', `/api/workshops/${workshop.id}/${path}`, { token, body })).status).toBeLessThan(300);

	return { workshop, token, mod, anna, ben, beamer, panel, phase, sweep, control };
}

test('the board from Ankommen to Clustern (participant on laptop and phone, facilitator with panel) and the Beamer-Ansicht pass axe', async ({
	server,
	moderator,
	openContext
}) => {
	const { workshop, token, mod, anna, ben, beamer, panel, phase, sweep, control } = await boardScreens({ server, moderator, openContext });
	await phase('Ankommen');
	await expect(ben.getByRole('heading', { name: 'Willkommen, Person 2!' })).toBeVisible();
	await expect(beamer.getByTestId('presence-count')).toHaveText('2 Personen da');
	await sweep('Ankommen');

	await setPhase(server, token, workshop.id, 'sammeln');
	await phase('Sammeln');
	await pinCard(anna, 'Sprachkurs ohne Kinderbetreuung', 'Kinderbetreuung');
	await pinCard(ben, 'Kita-Platz fehlt');
	await expect(beamer.locator('[data-card-id]')).toHaveCount(2);
	await sweep('Sammeln');
	await card(anna, 'Sprachkurs').getByRole('button', { name: 'Bearbeiten' }).click();
	await expectAccessible(anna, 'Sammeln, editing a card');
	await anna.getByRole('button', { name: 'Abbrechen' }).click();

	await control('silent', { silent: true });
	await expect(ben.getByRole('heading', { name: 'Ihre Karten (noch verdeckt)' })).toBeVisible();
	await pinCard(ben, 'Herr A. wartet seit Monaten');
	await pinCard(anna, 'Praktikum im Handwerk');
	const review = panel.getByRole('region', { name: 'Verdeckte Karten' });
	await review.getByRole('button', { name: 'Zurückhalten', description: 'Herr A. wartet seit Monaten' }).click();
	await expect(review.getByRole('heading', { name: 'Zurückgehalten (1)' })).toBeVisible();
	await expect(ben.getByText('Die Moderation hält diese Karte zurück.')).toBeVisible();
	await sweep('Sammeln, silent');
	const edit = ben.getByRole('button', { name: 'Bearbeiten', description: 'Herr A. wartet seit Monaten' });
	await edit.tap();
	await expectAccessible(ben, 'Sammeln, silent, editing a waiting card');
	await ben.getByRole('button', { name: 'Abbrechen' }).tap();
	await expect(edit).toBeFocused();
	await review.getByRole('button', { name: 'Aufdecken' }).click();
	await expect(beamer.locator('[data-card-id]')).toHaveCount(3);
	await control('silent', { silent: false });

	await setPhase(server, token, workshop.id, 'clustern');
	await phase('Clustern');
	await mod.getByRole('button', { name: 'Neues Thema' }).click();
	await expectAccessible(mod, 'Clustern, naming a new Thema');
	await mod.getByLabel('Titel des Themas').fill('Kinderbetreuung');
	await mod.getByRole('button', { name: 'Speichern' }).click();
	await card(anna, 'Sprachkurs').getByRole('button', { name: 'Verschieben nach …' }).click();
	await anna.getByRole('menuitemradio', { name: 'Kinderbetreuung' }).click();
	await expect.poll(() => wallOf(beamer)).toMatchObject({ Kinderbetreuung: ['Sprachkurs ohne Kinderbetreuung'] });
	await panel.getByRole('button', { name: 'Vorschläge holen' }).click();
	await expect(panel.getByRole('button', { name: 'Neu berechnen' })).toBeVisible();
	await sweep('Clustern');
	await card(ben, 'Kita-Platz').getByRole('button', { name: 'Verschieben nach …' }).tap();
	await expect(ben.getByRole('menu', { name: 'Karte verschieben nach' })).toBeVisible();
	await expectAccessible(ben, 'Clustern, move menu open on a phone');
	await expectTouchTargets(ben, 'Clustern, move menu open on a phone');
	await ben.keyboard.press('Escape');
	await panel.getByLabel('Auf dem Beamer hervorheben').selectOption({ label: 'Thema: Kinderbetreuung' });
	await expect(beamer.getByTestId('beamer-spotlight')).toHaveText('Kinderbetreuung');
	await expectAccessible(beamer, 'Clustern, Beamer-Ansicht with a Thema in the spotlight');
	await panel.getByLabel('Auf dem Beamer hervorheben').selectOption({ label: 'Ergebnisse' });
	await expect(beamer.getByTestId('beamer-spotlight')).toHaveText('Ergebnisse folgen');
	await expectAccessible(beamer, 'Clustern, Beamer-Ansicht with the results spotlight');
	await panel.getByLabel('Auf dem Beamer hervorheben').selectOption({ label: 'Nichts – die aktuelle Phase' });

});

// The second half starts from a sorted wall, so that neither half runs near the time limit.
test('the board from Punkten to Abschluss, with a round, the results and a Maßnahme, passes axe on all four screens', async ({
	server,
	moderator,
	openContext
}) => {
	const { workshop, token, mod, anna, ben, beamer, phase, sweep, control } = await boardScreens({ server, moderator, openContext });
	await writeBoard(server, workshop.id, token, (doc) => pinThemen(doc, { kita: 'Kinderbetreuung' }));
	await setPhase(server, token, workshop.id, 'punkten');
	await phase('Punkten');
	await sweep('Punkten, before a round');
	await control('voting', { action: 'open', budget: 5, maxPerTarget: 3 });
	for (const page of [anna, ben]) await expect(page.getByTestId('remaining')).toHaveText('Übrige Punkte: 5');
	await ben.getByRole('button', { name: 'Punkt vergeben für Thema Kinderbetreuung', exact: true }).tap();
	await expect(ben.getByTestId('remaining')).toHaveText('Übrige Punkte: 4');
	await sweep('Punkten, round open');
	await group(mod, 'Kinderbetreuung').getByRole('button', { name: 'Auflösen' }).click();
	const dialog = mod.getByRole('dialog', { name: 'Thema Kinderbetreuung auflösen?' });
	await expect(dialog).toBeVisible();
	await expectAccessible(mod, 'Punkten, facilitator asked before dissolving a voted Thema');
	await dialog.getByRole('button', { name: 'Abbrechen' }).click();
	await control('voting', { action: 'close' });
	await control('voting', { action: 'reveal' });
	for (const page of [mod, anna, ben, beamer]) await expect(page.getByTestId('results-chart').first()).toBeVisible();
	await sweep('Punkten, results revealed');

	await setPhase(server, token, workshop.id, 'massnahmen');
	await phase('Maßnahmen');
	await anna.getByRole('button', { name: 'Maßnahme für dieses Thema anlegen' }).first().click();
	await expectAccessible(anna, 'Maßnahmen, a new Maßnahme');
	await anna.getByLabel('Maßnahme', { exact: true }).fill('Sprachkurs mit Kinderbetreuung');
	await anna.getByRole('button', { name: 'Maßnahme anlegen' }).click();
	await expect(ben.locator('[data-action-id]')).toHaveCount(1);
	await expect(beamer.getByText('Sprachkurs mit Kinderbetreuung')).toBeVisible();
	await sweep('Maßnahmen');

	await setPhase(server, token, workshop.id, 'abschluss');
	await phase('Abschluss');
	await sweep('Abschluss');
});

test('facilitator pages pass axe: setup, login, dashboard, new workshop, settings, delete confirmation, error page', async ({
	page,
	server
}) => {
	await page.goto(server.setupUrl!);
	await expectAccessible(page, 'setup');
	await page.getByLabel('Name').fill('Maria Moderation');
	await page.getByLabel('E-Mail').fill('maria@kommune.example');
	await page.getByLabel('Passwort').fill('kurz');
	await page.getByRole('button', { name: 'Konto anlegen' }).click();
	await expect(page.getByText('Das ist zu kurz.')).toBeVisible();
	await expectAccessible(page, 'setup with a field error');
	await page.getByLabel('Passwort').fill('ein-sicheres-passwort');
	await page.getByRole('button', { name: 'Konto anlegen' }).click();
	await expect(page.getByRole('heading', { name: 'Meine Workshops' })).toBeVisible();
	await expectAccessible(page, 'dashboard, no workshop yet');

	await page.getByRole('link', { name: 'Neuer Workshop' }).click();
	await expectAccessible(page, 'new workshop');
	await page.getByRole('button', { name: 'Workshop anlegen' }).click();
	await expect(page.getByText('Bitte ausfüllen.')).toBeVisible();
	await expectAccessible(page, 'new workshop with a field error');
	await page.getByLabel('Titel').fill('STARTER Musterstadt');
	await page.getByRole('button', { name: 'Workshop anlegen' }).click();
	await expect(page.getByTestId('join-code')).toBeVisible();
	const workshopId = new URL(page.url()).pathname.split('/')[2]!;

	await page.goto('/');
	await expect(page.getByRole('link', { name: 'STARTER Musterstadt', exact: true })).toBeVisible();
	await expectAccessible(page, 'dashboard with a workshop');
	await page.goto(`/w/${workshopId}/settings`);
	await expectAccessible(page, 'settings');
	await page.getByRole('link', { name: 'Workshop löschen' }).click();
	await expect(page.getByRole('button', { name: 'Ja, endgültig löschen' })).toBeVisible();
	await expectAccessible(page, 'delete confirmation');
	await page.goto('/w/unbekannt/settings');
	await expect(page.getByRole('heading', { name: '404' })).toBeVisible();
	await expectAccessible(page, 'error page');

	await page.goto('/');
	await page.getByRole('button', { name: 'Abmelden' }).click();
	await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
	await expectAccessible(page, 'login');
	// The first Tab lands on the skip link, which shows itself with a visible focus ring.
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
	await expect(skip).toBeFocused();
	await expectVisibleFocus(skip);
	await page.getByLabel('E-Mail').fill('maria@kommune.example');
	await page.getByLabel('Passwort').fill('falsches-passwort');
	await page.getByRole('button', { name: 'Anmelden' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectAccessible(page, 'login with an error');
});

test('by keyboard alone: the facilitator switches phases, a participant pins a card and moves it by "Verschieben nach …"', async ({
	server,
	moderator,
	openContext
}) => {
	const { workshop, participants } = await workshopWith(server, moderator.account, 1);
	const mod = moderator.page;
	const { page: anna } = await openContext({ token: participants[0]!.token });
	await openBoard(mod, workshop.id);
	await openBoard(anna, workshop.id);
	const panel = mod.getByTestId('facilitator-panel');

	const sammeln = panel.getByRole('button', { name: 'Sammeln' });
	await tabTo(mod, sammeln);
	await expectVisibleFocus(sammeln);
	await mod.keyboard.press('Enter');
	await expect(sammeln).toHaveAttribute('aria-current', 'step');
	await expect(anna.getByTestId('phase')).toHaveText('Sammeln');

	const text = anna.getByLabel('Text der Karte');
	await tabTo(anna, text);
	await anna.keyboard.type('Sprachkurs ohne Kinderbetreuung');
	await anna.keyboard.press('Tab');
	await expect(anna.getByLabel('Kategorie')).toBeFocused();
	await anna.keyboard.press('ArrowDown');
	await expect(anna.getByLabel('Kategorie')).toHaveValue('Kinderbetreuung');
	await anna.keyboard.press('Tab');
	const pin = anna.getByRole('button', { name: 'Karte anheften' });
	await expect(pin).toBeFocused();
	await expectVisibleFocus(pin);
	await anna.keyboard.press('Enter');
	await expect(card(anna, 'Sprachkurs').getByText('Kinderbetreuung', { exact: true })).toBeVisible();
	// Editing and cancelling gives the focus back to "Bearbeiten".
	const edit = card(anna, 'Sprachkurs').getByRole('button', { name: 'Bearbeiten' });
	await tabTo(anna, edit, 'Shift+Tab');
	await anna.keyboard.press('Enter');
	await expect(anna.locator('[data-card-id]').getByLabel('Text der Karte')).toBeFocused();
	await tabTo(anna, anna.getByRole('button', { name: 'Abbrechen' }));
	await anna.keyboard.press('Enter');
	await expect(edit).toBeFocused();
	// Ctrl+Enter pins straight from the text.
	await tabTo(anna, text);
	await anna.keyboard.type('Kita-Platz fehlt');
	await anna.keyboard.press('Control+Enter');
	await expect(card(anna, 'Kita-Platz fehlt')).toBeVisible();

	const clustern = panel.getByRole('button', { name: 'Clustern' });
	await tabTo(mod, clustern);
	await mod.keyboard.press('Enter');
	await expect(anna.getByTestId('phase')).toHaveText('Clustern');
	await tabTo(mod, mod.getByRole('button', { name: 'Neues Thema' }), 'Shift+Tab');
	await mod.keyboard.press('Enter');
	await expect(mod.getByLabel('Titel des Themas')).toBeFocused();
	await mod.keyboard.type('Kinderbetreuung');
	await mod.keyboard.press('Enter');
	await expect(mod.getByRole('heading', { name: 'Kinderbetreuung', level: 3 })).toBeFocused();
	await expect(group(anna, 'Kinderbetreuung')).toBeVisible();

	const move = card(anna, 'Sprachkurs').getByRole('button', { name: 'Verschieben nach …' });
	await anna.keyboard.press('Shift+Tab');
	await tabTo(anna, move, 'Shift+Tab');
	await expectVisibleFocus(move);
	await anna.keyboard.press('Enter');
	await anna.keyboard.press('ArrowDown');
	await expect(anna.getByRole('menuitemradio', { name: 'Kinderbetreuung' })).toBeFocused();
	await expectVisibleFocus(anna.getByRole('menuitemradio', { name: 'Kinderbetreuung' }));
	await anna.keyboard.press('Enter');
	await expect(group(anna, 'Kinderbetreuung').getByText('Sprachkurs ohne Kinderbetreuung')).toBeVisible();
	await expect(group(mod, 'Kinderbetreuung').getByText('Sprachkurs ohne Kinderbetreuung')).toBeVisible();
});
