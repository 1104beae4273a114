import type { Page } from '@playwright/test';
import { api } from '../helpers/api.ts';
import { card, collectingWith, openBoard, pinCard } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';

/** The IndexedDB databases this page's origin keeps (the board copies for offline use). */
const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));

test('logging out removes the board copies this browser kept for offline use', async ({ server, moderator }) => {
	const { workshop } = await collectingWith(server, moderator.account, 0);
	const page = moderator.page;
	await openBoard(page, workshop.id);
	await pinCard(page, 'Sprachcafé im Stadtteil');
	await expect(card(page, 'Sprachcafé')).toBeVisible();
	await expect.poll(() => databases(page)).toContainEqual(expect.stringContaining(`pinnwand:${workshop.id}:`));

	await page.goto('/');
	await page.getByRole('button', { name: 'Abmelden' }).click();
	await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
	await expect.poll(() => databases(page)).toEqual([]);
});

test("a participant's copy of a deleted workshop is removed once the server says it is gone", async ({
	server,
	moderator,
	openContext
}) => {
	const { workshop, participants } = await collectingWith(server, moderator.account, 1);
	const { page } = await openContext({ token: participants[0]!.token });
	await openBoard(page, workshop.id);
	await pinCard(page, 'Fahrtkosten zum Sprachkurs');
	await expect(card(page, 'Fahrtkosten')).toBeVisible();
	const mine = (names: string[]) => names.filter((name) => name.startsWith(`pinnwand:${workshop.id}:`));
	await expect(page.getByTestId('connection')).toHaveAttribute('data-pending', '0');
	await expect.poll(async () => mine(await databases(page))).toHaveLength(2);

	expect((await api(server, 'DELETE', `/api/workshops/${workshop.id}`, { token: moderator.account.token })).status).toBe(204);
	await expect(page.getByTestId('connection')).toHaveText('Verbindung: Dieser Workshop wurde gelöscht');
	await expect.poll(async () => mine(await databases(page))).toEqual([]);
});
