import { api, createWorkshop, facilitator } from '../helpers/api.ts';
import { holdScripts } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';
import { chooseLanguage } from './language.ts';

test('the language switch sticks across pages and reloads', async ({ moderator }) => {
	const { page } = moderator;
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Meine Workshops' })).toBeVisible();
	await chooseLanguage(page, 'English');
	await expect(page.getByRole('heading', { name: 'My workshops' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('link', { name: 'New workshop' }).click();
	await expect(page.getByRole('heading', { name: 'New workshop' })).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Title')).toBeVisible();
	await chooseLanguage(page, 'Deutsch');
	await expect(page.getByLabel('Titel')).toBeVisible();
});

test('edit, co-facilitate, end and delete a workshop; others never see it', async ({ moderator, server, openContext }) => {
	const { page } = moderator;
	const workshop = await createWorkshop(server, moderator.account.token, { title: 'STARTER Beispielkreis' });
	const colleague = await facilitator(server, 'Jonas Kollege');
	const outsider = await facilitator(server, 'Außenstehende');

	const { page: outsiderPage } = await openContext({ token: outsider.token });
	const denied = await outsiderPage.goto(`/w/${workshop.id}/settings`);
	expect(denied?.status()).toBe(403);

	await page.goto(`/w/${workshop.id}/settings`);
	await page.getByLabel('Titel').fill('');
	await page.getByLabel('Ort', { exact: true }).fill('Kreishaus, Saal 2');
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByText('Bitte ausfüllen.')).toBeVisible();
	await expect(page.getByLabel('Ort', { exact: true })).toHaveValue('Kreishaus, Saal 2');
	await page.getByLabel('Titel').fill('STARTER Beispielkreis 2026');
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');

	const addBy = page.getByRole('region', { name: 'Moderation' }).getByLabel('E-Mail');
	await addBy.fill('niemand@example.org');
	await page.getByRole('button', { name: 'Co-Moderation hinzufügen' }).click();
	await expect(page.getByRole('alert')).toHaveText('Zu dieser E-Mail-Adresse gibt es kein Konto.');
	await page.getByRole('region', { name: 'Moderation' }).getByLabel('E-Mail').fill(colleague.email);
	await page.getByRole('button', { name: 'Co-Moderation hinzufügen' }).click();
	await expect(page.getByRole('status')).toHaveText('Jonas Kollege moderiert jetzt mit.');

	const { page: colleaguePage } = await openContext({ token: colleague.token });
	await colleaguePage.goto('/');
	await expect(colleaguePage.getByRole('link', { name: 'STARTER Beispielkreis 2026', exact: true })).toBeVisible();
	await outsiderPage.goto('/');
	await expect(outsiderPage.getByText('Noch keine Workshops.')).toBeVisible();

	// Removed from the workshop, the colleague's open board loses access at once.
	await colleaguePage.goto(`/w/${workshop.id}`);
	await expect(colleaguePage.getByTestId('connection')).toHaveText(/verbunden/);
	await page.getByRole('button', { name: 'Entfernen: Jonas Kollege' }).click();
	await expect(page.getByRole('button', { name: 'Entfernen: Jonas Kollege' })).toHaveCount(0);
	await expect(colleaguePage.getByTestId('connection')).toHaveText('Verbindung: Kein Zugang mehr zu diesem Workshop');
	expect((await colleaguePage.goto(`/w/${workshop.id}`))?.status()).toBe(403);
	await page.getByRole('region', { name: 'Moderation' }).getByLabel('E-Mail').fill(colleague.email);
	await page.getByRole('button', { name: 'Co-Moderation hinzufügen' }).click();
	await expect(page.getByRole('status')).toHaveText('Jonas Kollege moderiert jetzt mit.');

	await page.getByRole('button', { name: 'Workshop beenden' }).click();
	await page.goto('/');
	await expect(page.getByRole('region', { name: /Beendet/ }).getByText('STARTER Beispielkreis 2026')).toBeVisible();

	await page.goto(`/w/${workshop.id}/settings`);
	await page.getByRole('link', { name: 'Workshop löschen' }).click();
	await expect(page.getByRole('heading', { name: 'Workshop „STARTER Beispielkreis 2026“ löschen?' })).toBeVisible();
	await page.getByRole('button', { name: 'Ja, endgültig löschen' }).click();
	await expect(page.getByText('Noch keine Workshops.')).toBeVisible();
	expect((await colleaguePage.goto(`/w/${workshop.id}`))?.status()).toBe(404);
});

test('what the Moderation types into the settings before the page script has loaded is kept and saved', async ({
	moderator,
	server
}) => {
	const { page } = moderator;
	const workshop = await createWorkshop(server, moderator.account.token, { title: 'STARTER Beispielkreis' });
	const release = await holdScripts(page);
	await page.goto(`/w/${workshop.id}/settings`, { waitUntil: 'commit' });
	const categories = page.getByLabel('Kategorien', { exact: true });
	await categories.fill('Sprache\nArbeit\nWohnen');
	await page.getByLabel('Ort', { exact: true }).fill('Rathaus, Ratssaal');
	release();
	await page.waitForLoadState('networkidle');
	await expect(categories).toHaveValue('Sprache\nArbeit\nWohnen');
	await expect(page.getByLabel('Ort', { exact: true })).toHaveValue('Rathaus, Ratssaal');
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');
	const saved = await api(server, 'GET', `/api/workshops/${workshop.id}`, { token: moderator.account.token });
	expect(saved.body).toMatchObject({ place: 'Rathaus, Ratssaal', settings: { categories: ['Sprache', 'Arbeit', 'Wohnen'] } });
});
