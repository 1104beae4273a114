import { createWorkshop } from '../helpers/api.ts';
import { expectAccessible, expectTouchTargets } from './a11y.ts';
import { phone, setPhase } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';
import { chooseLanguage } from './language.ts';

test('a participant chooses Leichte Sprache on a 360 px phone, joins, and pins a card that stays German', async ({ server, moderator, openContext }) => {
	const workshop = await createWorkshop(server, moderator.account.token, { title: 'STARTER Musterstadt' });
	const { page } = await openContext(phone);
	await page.goto(`/j/${workshop.joinCode}`);
	await chooseLanguage(page, 'Leichte Sprache');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de-x-ls');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await expect(page.getByLabel('Ihr Name (wenn Sie möchten)')).toBeVisible();
	await expect(page.getByText('Dann bekommen Sie einen ausgedachten Namen.', { exact: false })).toBeVisible();
	await expectAccessible(page, 'join page, Leichte Sprache');
	await expectTouchTargets(page, 'join page, Leichte Sprache');
	await page.getByRole('button', { name: 'Beitreten', exact: true }).tap();

	await expect(page.getByText('Die Moderation leitet den Workshop.', { exact: false })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'So geht es' })).toBeVisible();
	await setPhase(server, moderator.account.token, workshop.id, 'sammeln');
	await expect(page.locator('header').first()).toContainText('Schritt: Sammeln');
	await page.getByLabel('Text für die Karte', { exact: true }).fill('Sprachkurs am Abend für Azubis');
	await page.getByLabel('Kategorie', { exact: true }).selectOption('Sprache');
	await page.getByRole('button', { name: 'Karte anheften', exact: true }).tap();
	await expect(page.getByTestId('announcer')).toHaveText('Die Karte ist jetzt an der Pinn-Wand.');
	// Leichte Sprache is German: the card is stored as German, for readers and for translation alike.
	await expect(page.locator('[data-card-id] .text').filter({ hasText: 'Sprachkurs am Abend für Azubis' })).toHaveAttribute('lang', 'de');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await expectAccessible(page, 'phone board, Leichte Sprache');
	await expectTouchTargets(page, 'phone board, Leichte Sprache');
});
