import { api, createWorkshop } from '../helpers/api.ts';
import { phone } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';

test('a partner adds an Angebot through the Kerngruppe link on a phone; each open page shows what the other added, keeping what was typed', async ({ server, moderator, openContext }) => {
	const token = moderator.account.token;
	const buendnis = (await api(server, 'POST', '/api/buendnisse', { token, body: { name: 'Bündnis Musterstadt' } })).body.id;
	const workshop = await createWorkshop(server, token, { title: 'STARTER', buendnisId: buendnis });
	const link = (await api(server, 'POST', `/api/workshops/${workshop.id}/share-links`, { token, body: { label: 'Kerngruppe' } })).body;

	const page = moderator.page;
	await page.goto(`/buendnis/${buendnis}/angebote`);
	await expect(page.getByText('Noch keine Angebote.', { exact: true })).toBeVisible();
	await page.getByLabel('Titel', { exact: true }).fill('Wohnungslotsen');

	const { page: partner } = await openContext(phone);
	await partner.goto(`/m/${link.token}/angebote`);
	await partner.getByLabel('Titel', { exact: true }).fill('Bewerbungstraining');
	await partner.getByLabel('Träger', { exact: true }).fill('Jugendmigrationsdienst');
	await partner.getByRole('button', { name: 'Angebot anlegen' }).click();
	await expect(partner.getByRole('status')).toHaveText('„Bewerbungstraining“ angelegt.');

	// No reload: the page asks every 10 s whether anything changed.
	await expect(page.getByRole('heading', { name: '1 Angebote' })).toBeVisible({ timeout: 25_000 });
	await expect(page.getByRole('cell', { name: 'Bewerbungstraining', exact: true })).toBeVisible();
	await expect(page.getByText('Die Liste wurde aktualisiert')).toBeAttached();
	await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('Wohnungslotsen');

	// And back: the partner's open page shows the facilitator's Angebot, keeping her half-typed one.
	await partner.getByLabel('Titel', { exact: true }).fill('Sprachcafé');
	await page.getByLabel('Träger', { exact: true }).fill('Caritas');
	await page.getByRole('button', { name: 'Angebot anlegen' }).click();
	await expect(partner.getByRole('heading', { name: '2 Angebote' })).toBeVisible({ timeout: 25_000 });
	await expect(partner.getByRole('listitem').filter({ hasText: 'Wohnungslotsen · Caritas' })).toBeVisible();
	await expect(partner.getByLabel('Titel', { exact: true })).toHaveValue('Sprachcafé');
});
