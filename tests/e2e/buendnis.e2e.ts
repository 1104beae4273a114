import { workshopWithActions } from '../helpers/workshop-actions.ts';
import { expectAccessible } from './a11y.ts';
import { expect, test } from './fixtures.ts';

test('a facilitator makes a Bündnis, moves two workshops into it and filters their Maßnahmen as one plan; the pages pass axe', async ({
	server,
	moderator
}) => {
	const token = moderator.account.token;
	await workshopWithActions(server, token, 'STARTER Musterstadt', [
		{ title: 'Sprachcafé im Jugendzentrum', thema: 'Sprache', owner: 'VHS', due: '2020-03-01' },
		{ title: 'Kita-Plätze für Kursmütter', thema: 'Kinderbetreuung', owner: 'Jugendamt', due: '2099-01-31' }
	]);
	await workshopWithActions(server, token, 'Folgetreffen Frühjahr', [{ title: 'Praktikumsbörse', thema: 'Ausbildung', owner: 'Jobcenter', due: null }]);
	const page = moderator.page;

	await page.goto('/');
	await page.getByRole('link', { name: 'Neues Bündnis' }).click();
	await expectAccessible(page, 'new Bündnis');
	await page.getByRole('button', { name: 'Bündnis anlegen' }).click();
	await expect(page.getByText('Bitte ausfüllen.')).toBeVisible();
	await expectAccessible(page, 'new Bündnis with a field error');
	await page.getByLabel('Name des Bündnisses').fill('Bündnis Musterstadt');
	await page.getByLabel('Kommune').fill('Musterstadt');
	await page.getByLabel('Mitglieder (Institutionen)').fill('Jobcenter\nAusländerbehörde\nBerufskolleg');
	await page.getByRole('button', { name: 'Bündnis anlegen' }).click();
	await expect(page.getByRole('heading', { name: 'Bündnis Musterstadt', level: 1 })).toBeVisible();
	await expect(page.getByText('Noch kein Workshop in diesem Bündnis.')).toBeVisible();
	await expect(page.getByTestId('plan-count')).toHaveText('0 von 0 Maßnahmen');

	// Existing workshops move in; each keeps its own board.
	for (const title of ['STARTER Musterstadt', 'Folgetreffen Frühjahr']) {
		await page.getByLabel('Workshop aufnehmen').selectOption({ label: title });
		await page.getByRole('button', { name: 'Aufnehmen' }).click();
		await expect(page.getByRole('status')).toHaveText(`„${title}“ gehört jetzt zum Bündnis.`);
	}
	await expect(page.getByTestId('plan-count')).toHaveText('3 von 3 Maßnahmen');
	const plan = page.getByRole('table', { name: 'Maßnahmenplan des Bündnisses' });
	await expect(plan.getByRole('row', { name: /Sprachcafé im Jugendzentrum/ })).toContainText('überfällig');
	await expect(plan.getByRole('row', { name: /Kita-Plätze für Kursmütter/ })).not.toContainText('überfällig');
	await expectAccessible(page, 'Bündnis with its Maßnahmenplan');

	const filters = page.getByRole('form', { name: 'Maßnahmen filtern' });
	await filters.getByLabel('Workshop').selectOption({ label: 'Folgetreffen Frühjahr' });
	await filters.getByRole('button', { name: 'Filtern' }).click();
	await expect(page.getByTestId('plan-count')).toHaveText('1 von 3 Maßnahmen');
	await expect(plan.getByRole('row', { name: /Praktikumsbörse/ })).toBeVisible();
	await filters.getByLabel('Workshop').selectOption({ label: 'Alle' });
	await filters.getByLabel('Nur überfällige').check();
	await filters.getByRole('button', { name: 'Filtern' }).click();
	await expect(page.getByTestId('plan-count')).toHaveText('1 von 3 Maßnahmen');
	await expect(plan.getByRole('row', { name: /Sprachcafé im Jugendzentrum/ })).toBeVisible();

	await page.getByRole('button', { name: 'Aus dem Bündnis nehmen: Folgetreffen Frühjahr' }).click();
	await expect(page.getByRole('status')).toHaveText('„Folgetreffen Frühjahr“ gehört nicht mehr zum Bündnis.');
	await expect(page.getByTestId('plan-count')).toHaveText(/von 2 Maßnahmen/);

	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Bündnis Musterstadt' })).toBeVisible();
	await expectAccessible(page, 'dashboard with a Bündnis');
});
