import fs from 'node:fs';
import path from 'node:path';
import { expectAccessible } from './a11y.ts';
import { expect, test } from './fixtures.ts';

test('a visitor follows the footer to the Erklärung zur Barrierefreiheit and sends feedback by keyboard; the facilitator finds it on the dashboard', async ({
	server,
	openContext,
	moderator
}) => {
	fs.writeFileSync(path.join(server.dataDir, 'impressum.md'), '# Anbieter\n\nKreis Musterstadt, Rathausplatz 1, 40000 Musterstadt\n\n[Kontakt](mailto:info@musterstadt.example)\n');
	const { page } = await openContext();
	await page.goto('/login');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Barrierefreiheit' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/barrierefreiheit$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Stand der Vereinbarkeit mit den Anforderungen' })).toBeVisible();
	await expect(page.getByLabel('Seite, um die es geht (freiwillig)')).toHaveValue('/login');
	await expectAccessible(page, 'Erklärung zur Barrierefreiheit');

	await page.getByLabel('Ihre Nachricht').focus();
	await page.keyboard.type('Die Anmeldung sagt nicht, welches Feld falsch ist.');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('E-Mail oder Telefon für eine Antwort (freiwillig)')).toBeFocused();
	await page.keyboard.type('kaya@example.org');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Feedback senden' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Danke! Ihre Nachricht ist angekommen.');
	await expectAccessible(page, 'Erklärung zur Barrierefreiheit, after sending');

	await page.getByRole('contentinfo').getByRole('link', { name: 'Impressum' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Anbieter' })).toBeVisible();
	await expectAccessible(page, 'Impressum');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Datenschutz' }).click();
	await expect(page.getByText('Der Betreiber dieser Pinnwand hat die Datenschutzerklärung noch nicht eingerichtet.')).toBeVisible();
	await expectAccessible(page, 'Datenschutzerklärung, not set up');

	const dashboard = moderator.page;
	await dashboard.goto('/');
	const inbox = dashboard.getByTestId('accessibility-feedback');
	await expect(inbox.getByRole('heading', { name: 'Rückmeldungen zur Barrierefreiheit (1)' })).toBeVisible();
	await expect(inbox).toContainText('Die Anmeldung sagt nicht, welches Feld falsch ist.');
	await expect(inbox).toContainText('Kontakt: kaya@example.org');
	await expect(inbox).toContainText('Seite: /login');
	await expectAccessible(dashboard, 'dashboard with accessibility feedback');
	await inbox.getByRole('button', { name: 'Erledigt' }).click();
	await expect(dashboard.getByTestId('accessibility-feedback')).toHaveCount(0);
});
