import { wall } from '../../src/lib/board/selectors.ts';
import { eventually } from '../helpers/retry.ts';
import { connect, synced } from '../helpers/realtime.ts';
import { api } from '../helpers/api.ts';
import { expectAccessible } from './a11y.ts';
import { card, collectingWith, holdScripts, openBoard, phone, pinCard, setPhase } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';

test('offline: edits are kept through a reload without network and reach the server and others once back online', async ({
	server,
	moderator,
	openContext
}) => {
	const { workshop, participants } = await collectingWith(server, moderator.account, 2);
	const { context, page: anna } = await openContext({ token: participants[0]!.token });
	const { page: ben } = await openContext({ token: participants[1]!.token });
	await anna.goto(`/w/${workshop.id}`);
	await ben.goto(`/w/${workshop.id}`);
	const status = anna.getByTestId('connection');
	await expect(status).toHaveText(/verbunden/);
	await pinCard(anna, 'Vor der Funkstille geschrieben');
	await expect(card(ben, 'Vor der Funkstille')).toBeVisible();
	await expect(status).toHaveAttribute('data-pending', '0');
	// The service worker has taken over the page, so the board shell can load without a network.
	await anna.evaluate(async () => {
		await navigator.serviceWorker.ready;
		while (!navigator.serviceWorker.controller) await new Promise((resolve) => setTimeout(resolve, 50));
	});

	await context.setOffline(true);
	await expect(status).toHaveText(/offline – Änderungen werden nachgereicht/);
	await pinCard(anna, 'Ohne Netz angeheftet');
	await card(anna, 'Vor der Funkstille').getByRole('button', { name: 'Bearbeiten' }).click();
	await anna.locator('[data-card-id]').getByLabel('Text der Karte').fill('Vor der Funkstille, offline ergänzt');
	await anna.locator('[data-card-id]').getByRole('button', { name: 'Speichern' }).click();
	await expect(status).toHaveText(/2 Änderungen warten/);

	const reloaded = await anna.reload();
	expect(reloaded?.fromServiceWorker()).toBe(true);
	await expect(status).toHaveText(/offline – Änderungen werden nachgereicht/);
	await expect(anna.getByTestId('phase')).toHaveText('Sammeln');
	await expect(card(anna, 'Ohne Netz angeheftet')).toBeVisible();
	await expect(card(anna, 'Vor der Funkstille, offline ergänzt')).toBeVisible();
	await expect(card(ben, 'Ohne Netz')).toHaveCount(0);

	await context.setOffline(false);
	await expect(status).toHaveText('Verbindung: verbunden');
	await expect(status).toHaveAttribute('data-pending', '0');
	await expect(card(ben, 'Ohne Netz angeheftet')).toBeVisible();
	await expect(card(ben, 'Vor der Funkstille, offline ergänzt')).toBeVisible();

	const script = connect(server, workshop.id, moderator.account.token);
	try {
		await synced(script);
		await eventually(() =>
			expect(wall(script.doc).unsorted.map((c) => c.text).sort()).toEqual([
				'Ohne Netz angeheftet',
				'Vor der Funkstille, offline ergänzt'
			])
		);
	} finally {
		script.destroy();
	}
});

test('a card typed before the page script has loaded is kept, and "Karte anheften" waits for the script instead of reloading', async ({
	server,
	moderator,
	openContext
}) => {
	const { workshop, participants } = await collectingWith(server, moderator.account, 1);
	const { page } = await openContext({ token: participants[0]!.token, ...phone });
	const release = await holdScripts(page);
	await page.goto(`/w/${workshop.id}`, { waitUntil: 'commit' });
	await page.getByLabel('Text der Karte').fill('Vor dem Laden getippt');
	const pin = page.getByRole('button', { name: 'Karte anheften' });
	await expect(pin).toBeDisabled();

	release();
	await expect(pin).toBeEnabled();
	await expect(page.getByLabel('Text der Karte')).toHaveValue('Vor dem Laden getippt');
	await pin.tap();
	await expect(card(page, 'Vor dem Laden getippt')).toBeVisible();
	await expect(page.getByLabel('Text der Karte')).toHaveValue('');
});

test('a card typed but not pinned survives the lock, a reload and the next phase, where it can still be pinned', async ({
	server,
	moderator,
	openContext
}) => {
	const { workshop, participants } = await collectingWith(server, moderator.account, 1);
	const { page } = await openContext({ token: participants[0]!.token, ...phone });
	await openBoard(page, workshop.id);
	const mod = moderator.page;
	await openBoard(mod, workshop.id);
	await page.getByLabel('Text der Karte').fill('Wohnungen für Azubis');
	await page.getByLabel('Kategorie').selectOption('Wohnen');

	const lock = (locked: boolean) => api(server, 'POST', `/api/workshops/${workshop.id}/lock`, { token: moderator.account.token, body: { locked } });
	expect((await lock(true)).status).toBe(200);
	await expect(page.getByLabel('Text der Karte')).toHaveCount(0);
	expect((await lock(false)).status).toBe(200);
	await expect(page.getByLabel('Text der Karte')).toHaveValue('Wohnungen für Azubis');

	await page.reload();
	await expect(page.getByLabel('Text der Karte')).toHaveValue('Wohnungen für Azubis');
	await expect(page.getByLabel('Kategorie')).toHaveValue('Wohnen');

	await setPhase(server, moderator.account.token, workshop.id, 'clustern');
	const leftover = page.getByRole('region', { name: 'Noch nicht angeheftete Karte' });
	await expect(leftover.getByText('Diese Karte ist noch nicht angeheftet.')).toBeVisible();
	await expect(leftover.getByLabel('Text der Karte')).toHaveValue('Wohnungen für Azubis');
	await expectAccessible(page, 'Clustern with a card not pinned yet');
	await leftover.getByRole('button', { name: 'Karte anheften' }).tap();
	await expect(leftover).toHaveCount(0);
	await expect(card(mod, 'Wohnungen für Azubis')).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('phase')).toHaveText('Clustern');
	await expect(page.getByRole('region', { name: 'Noch nicht angeheftete Karte' })).toHaveCount(0);
});
