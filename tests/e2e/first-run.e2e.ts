import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';

// The README's screenshot: every run takes it; PINNWAND_UPDATE_DOCS=1 puts it into docs/ for a
// commit, so that an ordinary test run leaves the working tree as it found it.
const screenshot = fileURLToPath(
	new URL(process.env.PINNWAND_UPDATE_DOCS ? '../../docs/dashboard.png' : '../../test-results/dashboard.png', import.meta.url)
);

test('first run: setup URL, first account, login, a workshop with its join code', async ({
	page,
	server
}) => {
	expect(server.setupUrl).toMatch(/\/setup\?token=[a-z2-7]{32}$/);
	const setupUrl = server.setupUrl!;

	await page.goto(setupUrl);
	await expect(page.getByRole('heading', { name: 'Pinnwand einrichten' })).toBeVisible();
	await page.getByLabel('Name').fill('Maria Moderation');
	await page.getByLabel('E-Mail').fill('maria@kommune.example');
	await page.getByLabel('Passwort').fill('kurz');
	await page.getByRole('button', { name: 'Konto anlegen' }).click();
	await expect(page.getByText('Das ist zu kurz.')).toBeVisible();
	await expect(page.getByLabel('E-Mail')).toHaveValue('maria@kommune.example');

	await page.getByLabel('Passwort').fill('ein-sicheres-passwort');
	await page.getByRole('button', { name: 'Konto anlegen' }).click();
	await expect(page.getByRole('heading', { name: 'Meine Workshops' })).toBeVisible();

	await page.getByRole('button', { name: 'Abmelden' }).click();
	await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();

	await page.goto(setupUrl);
	await expect(page.getByText('Die Einrichtung ist abgeschlossen.')).toBeVisible();

	await page.goto('/login');
	await page.getByLabel('E-Mail').fill('maria@kommune.example');
	await page.getByLabel('Passwort').fill('falsches-passwort');
	await page.getByRole('button', { name: 'Anmelden' }).click();
	await expect(page.getByRole('alert')).toHaveText('E-Mail oder Passwort stimmt nicht.');
	await page.getByLabel('Passwort').fill('ein-sicheres-passwort');
	await page.getByRole('button', { name: 'Anmelden' }).click();
	await expect(page.getByRole('heading', { name: 'Meine Workshops' })).toBeVisible();
	const cookies = await page.context().cookies();
	expect(cookies.find((c) => c.name === 'pinnwand_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
	expect(await page.evaluate(() => document.cookie)).not.toContain('pinnwand_session');

	await page.getByRole('link', { name: 'Neuer Workshop' }).click();
	await page.getByRole('button', { name: 'Workshop anlegen' }).click();
	await expect(page.getByText('Bitte ausfüllen.')).toBeVisible();
	await page.getByLabel('Titel').fill('STARTER-Workshop Musterstadt');
	await page.getByLabel('Kommune').fill('Musterstadt');
	await page.getByLabel('Datum').fill('2026-12-03');
	await page.getByLabel('Ort', { exact: true }).fill('Rathaus, Ratssaal');
	await expect(page.getByLabel('Kategorien')).toHaveValue(/Kinderbetreuung/);
	await page.getByRole('button', { name: 'Workshop anlegen' }).click();

	const code = page.getByTestId('join-code');
	await expect(code).toHaveText(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
	const joinCode = (await code.textContent())!;
	await expect(page.getByRole('link', { name: `${server.url}/j/${joinCode}` })).toBeVisible();

	await page.getByRole('link', { name: 'Meine Workshops' }).first().click();
	await expect(page.getByText('STARTER-Workshop Musterstadt')).toBeVisible();
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.screenshot({ path: screenshot });
});
