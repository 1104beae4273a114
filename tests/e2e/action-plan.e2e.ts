import { api, createWorkshop } from '../helpers/api.ts';
import { expectAccessible } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { chooseLanguage } from './language.ts';

test('the Kerngruppe opens the Maßnahmenplan by its link and updates a status, which the history shows', async ({
	server,
	moderator,
	openContext
}) => {
	const { page } = moderator;
	const workshop = await createWorkshop(server, moderator.account.token, { title: 'STARTER Musterstadt' });
	await page.goto(`/w/${workshop.id}/settings`);
	await page.getByLabel('Bezeichnung').fill('Kerngruppe Musterstadt');
	await page.getByRole('button', { name: 'Link erzeugen' }).click();
	const shareUrl = (await page.getByTestId('share-url').textContent())!;
	expect(shareUrl).toMatch(/\/m\/[a-z2-7]{32}$/);
	const token = shareUrl.split('/m/')[1]!;
	await api(server, 'POST', `/api/plan/${token}/actions`, {
		body: { title: 'Sprachkurs mit Kinderbetreuung', owner: 'VHS', due: '2027-02-01' }
	});

	const { page: kerngruppe } = await openContext();
	await kerngruppe.goto(shareUrl);
	await expect(kerngruppe.getByRole('heading', { name: 'Maßnahmenplan' })).toBeVisible();
	const item = kerngruppe.getByRole('article', { name: 'Sprachkurs mit Kinderbetreuung' });
	await expect(item.getByText('Noch keine Statusänderung.')).toBeVisible();
	await item.getByLabel('Status').selectOption('in_progress');
	await item.getByRole('button', { name: 'Maßnahme speichern' }).click();
	await expect(kerngruppe.getByRole('status')).toHaveText('Gespeichert.');
	await expect(item.getByText(/Kerngruppe \(Kerngruppe Musterstadt\) – offen → in Arbeit/)).toBeVisible();
	await expectAccessible(kerngruppe);
	// The history speaks the reader's language, not the one it was written in.
	await chooseLanguage(kerngruppe, 'English');
	const inEnglish = kerngruppe.getByRole('article', { name: 'Sprachkurs mit Kinderbetreuung' });
	await expect(inEnglish.getByText(/Steering group \(Kerngruppe Musterstadt\) – open → in progress/)).toBeVisible();
	await chooseLanguage(kerngruppe, 'Deutsch');

	await page.goto(`/w/${workshop.id}/settings`);
	await page.getByRole('button', { name: 'Zurückziehen: Kerngruppe Musterstadt' }).click();
	await kerngruppe.reload();
	await expect(kerngruppe.getByText('404')).toBeVisible();
});
