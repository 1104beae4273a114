import { createWorkshop } from '../helpers/api.ts';
import { holdScripts, phone } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';
import { chooseLanguage } from './language.ts';

test('a participant joins from the QR link on a 360 px phone in two taps and keeps the identity', async ({
	server,
	moderator,
	openContext
}) => {
	const workshop = await createWorkshop(server, moderator.account.token, { title: 'STARTER Musterstadt' });
	const { page } = await openContext(phone);

	await page.goto(`/j/${workshop.joinCode}`);
	await expect(page.getByRole('heading', { name: 'Workshop „STARTER Musterstadt“' })).toBeVisible();
	const join = page.getByRole('button', { name: 'Beitreten' });
	const box = (await join.boundingBox())!;
	expect(box.height).toBeGreaterThanOrEqual(44);
	expect(box.x + box.width).toBeLessThanOrEqual(360);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await join.tap();
	await expect(page.getByText(/^Willkommen, \S+ \S+!/)).toBeVisible();

	await page.goto(`/j/${workshop.joinCode}`);
	await expect(page).toHaveURL(`${server.url}/w/${workshop.id}`);
});

test('a participant gives name and institution; a wrong code gets a clear message and a second chance', async ({
	server,
	moderator,
	openContext
}) => {
	const workshop = await createWorkshop(server, moderator.account.token);
	const { page } = await openContext(phone);
	await page.goto('/j/ZZZZZZ');
	await expect(page.getByRole('alert')).toHaveText('Zu diesem Code gibt es keinen offenen Workshop. Bitte prüfen Sie den Code.');
	await page.getByLabel('Code').fill(workshop.joinCode.toLowerCase().replace(/(...)/, '$1-'));
	await page.getByRole('button', { name: 'Weiter' }).click();
	await page.getByLabel('Name (freiwillig)').fill('Kübra Öztürk');
	await page.getByLabel('Institution', { exact: true }).selectOption('Jugendmigrationsdienst');
	await page.getByRole('button', { name: 'Beitreten' }).click();
	await expect(page.getByText('Willkommen, Kübra Öztürk!')).toBeVisible();
});

test('what a participant types before the page script has loaded is kept and sent', async ({ server, moderator, openContext }) => {
	const workshop = await createWorkshop(server, moderator.account.token);
	const { page } = await openContext(phone);
	const release = await holdScripts(page);
	await page.goto(`/j/${workshop.joinCode}`, { waitUntil: 'commit' });
	await page.getByLabel('Name (freiwillig)').fill('Savaş Beltir');
	await page.getByLabel('Andere Institution (freiwillig)').fill('Willkommenskreis');
	release();
	await page.waitForLoadState('networkidle');
	await expect(page.getByLabel('Name (freiwillig)')).toHaveValue('Savaş Beltir');
	await expect(page.getByLabel('Andere Institution (freiwillig)')).toHaveValue('Willkommenskreis');
	await page.getByRole('button', { name: 'Beitreten' }).tap();
	await expect(page.getByText('Willkommen, Savaş Beltir!')).toBeVisible();
});

test('the join page and the board speak English on request, and it sticks', async ({ server, moderator, openContext }) => {
	const workshop = await createWorkshop(server, moderator.account.token, { title: 'STARTER Musterstadt' });
	const { page } = await openContext(phone);
	await page.goto(`/j/${workshop.joinCode}`);
	await chooseLanguage(page, 'English');
	await expect(page.getByRole('heading', { name: 'Workshop "STARTER Musterstadt"' })).toBeVisible();
	await page.getByLabel('Name (optional)').fill('Olena');
	await page.getByRole('button', { name: 'Join' }).tap();
	await expect(page.locator('header').first()).toContainText(/Connection:\s*connected/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await chooseLanguage(page, 'Deutsch');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page).toHaveURL(`${server.url}/w/${workshop.id}`);
});
