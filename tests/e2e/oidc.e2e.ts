import { startTestProvider, type TestProvider } from '../helpers/oidc-provider.ts';
import { removeDataDir, startServer } from '../helpers/server.ts';
import { expectAccessible } from './a11y.ts';
import { expect, test as base } from './fixtures.ts';

// The sign-in leaves the app for the Kommune's provider, so this file's server comes with one,
// and the only foreign origin its pages may reach is that provider's.
const PROVIDER_FONT = 'https://fonts.googleapis.com/css?family=Roboto';

const test = base.extend<{ provider: TestProvider }>({
	provider: async ({}, use) => {
		const provider = await startTestProvider({
			anna: { email: 'anna.amt@kreis.example', email_verified: true, name: 'Anna Amt', groups: ['pinnwand-moderation'] }
		});
		await use(provider);
		await provider.close();
	},
	server: async ({ provider }, use) => {
		const server = await startServer({ env: { ...provider.env, OIDC_CREATOR_GROUP: 'pinnwand-moderation' } });
		provider.register([server.url]);
		await use(server);
		await server.stop();
		removeDataDir(server.dataDir);
	},
	// Still automatic, as in fixtures.ts; the page's context records into it.
	foreignRequests: async ({ provider }, use) => {
		const foreign: string[] = [];
		await use(foreign);
		// The test provider's development login page asks for a web font; the app's pages never do.
		const elsewhere = foreign.filter((url) => new URL(url).origin !== provider.issuer && !url.startsWith(PROVIDER_FONT));
		expect(elsewhere, 'requests outside the own origin and the provider').toEqual([]);
		expect(foreign.length, 'requests to the provider').toBeGreaterThan(0);
	}
});

test('a facilitator signs in with the Kommune account, creates a workshop and signs out of both', async ({ page }) => {
	// No machine of ours reaches the internet; answering at once keeps the provider's page from waiting.
	await page.route(`${PROVIDER_FONT}*`, (route) => route.abort());
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
	await expectAccessible(page, 'login with single sign-on');

	await page.getByRole('link', { name: 'Mit dem Konto der Kommune anmelden' }).click();
	await page.locator('input[name="login"]').fill('anna');
	await page.locator('input[name="password"]').fill('beliebig');
	await page.getByRole('button', { name: 'Sign-in' }).click();
	await page.getByRole('button', { name: 'Continue' }).click();

	await expect(page.getByRole('heading', { name: 'Meine Workshops' })).toBeVisible();
	await page.getByRole('link', { name: 'Neuer Workshop' }).click();
	await page.getByLabel('Titel').fill('STARTER-Workshop Kreisstadt');
	await page.getByRole('button', { name: 'Workshop anlegen' }).click();
	await expect(page.getByTestId('join-code')).toHaveText(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);

	await page.getByRole('link', { name: 'Meine Workshops' }).first().click();
	await expect(page.getByText('STARTER-Workshop Kreisstadt')).toBeVisible();
	// Signing out ends the provider's session too, so the next person at this PC must sign in anew.
	await page.getByRole('button', { name: 'Abmelden' }).click();
	await page.getByRole('button', { name: 'Yes, sign me out' }).click();
	await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
	await page.getByRole('link', { name: 'Mit dem Konto der Kommune anmelden' }).click();
	await expect(page.locator('input[name="login"]')).toBeVisible();
});
