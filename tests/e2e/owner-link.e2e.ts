import { workshopWithActions } from '../helpers/workshop-actions.ts';
import { expectAccessible, expectTouchTargets } from './a11y.ts';
import { openBoard, phone, setPhase } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';

test('the Verantwortliche update their Maßnahme through a personal link on a phone, and the open board shows it at once', async ({
	server,
	moderator,
	openContext
}) => {
	const token = moderator.account.token;
	const workshop = await workshopWithActions(server, token, 'STARTER Musterstadt', [
		{ title: 'Sprachcafé im Jugendzentrum', thema: 'Sprache', owner: 'VHS Musterstadt', due: '2027-02-01' },
		{ title: 'Praktikumsbörse', thema: 'Praxis', owner: 'Jobcenter', due: null }
	]);
	const mod = moderator.page;
	await mod.goto(`/w/${workshop.id}/settings`);
	await mod.getByRole('button', { name: 'Link erzeugen: Sprachcafé im Jugendzentrum' }).click();
	await expect(mod.getByRole('status')).toContainText('Link für VHS Musterstadt');
	const ownerUrl = (await mod.getByTestId('owner-url').textContent())!;
	expect(ownerUrl).toMatch(/\/v\/[a-z2-7]{32}$/);
	await expectAccessible(mod, 'settings with owner links');

	await setPhase(server, token, workshop.id, 'massnahmen');
	await openBoard(mod, workshop.id);

	const { page: vhs } = await openContext(phone);
	await vhs.goto(ownerUrl);
	await expect(vhs.getByRole('heading', { name: 'Maßnahmen für VHS Musterstadt' })).toBeVisible();
	await expect(vhs.getByRole('heading', { name: 'Praktikumsbörse' })).toHaveCount(0);
	const item = vhs.getByRole('article', { name: 'Sprachcafé im Jugendzentrum' });
	await item.getByLabel('Status').selectOption('stuck');
	await item.getByRole('button', { name: 'Stand speichern' }).tap();
	await expect(item.getByText('Bitte ausfüllen.')).toBeVisible();

	await item.getByLabel('Stand / Grund').fill('Raum erst ab März frei');
	await item.getByLabel('Status').selectOption('stuck');
	await item.getByLabel('Frist').fill('2027-03-15');
	await item.getByRole('button', { name: 'Stand speichern' }).tap();
	await expect(vhs.getByRole('status')).toHaveText('Gespeichert.');
	await expect(item.getByText(/Verantwortlich \(VHS Musterstadt\) – offen → stockt/)).toBeVisible();

	const onBoard = mod.getByRole('group', { name: 'Maßnahme: Sprachcafé im Jugendzentrum' });
	await expect(onBoard.getByLabel('Status', { exact: true })).toHaveValue('stuck');
	await expect(onBoard.getByLabel('Stand / Grund')).toHaveValue('Raum erst ab März frei');
	await expect(onBoard.getByLabel('Frist')).toHaveValue('2027-03-15');

	expect(await vhs.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await expectTouchTargets(vhs);
	await expectAccessible(vhs, 'owner link on a phone');
	await expectAccessible(mod, 'board after the owner’s change');
});
