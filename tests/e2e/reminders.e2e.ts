import { calendarDay } from '../../src/lib/board/plan-filter.ts';
import { addDays } from '../../src/lib/board/reminders.ts';
import { api } from '../helpers/api.ts';
import { workshopWithActions } from '../helpers/workshop-actions.ts';
import { expectAccessible } from './a11y.ts';
import { expect, test } from './fixtures.ts';

test('without SMTP the dashboard lists the Maßnahmen due soon or overdue; the Bündnis page hands out its calendar link and the Sachbericht', async ({
	server,
	moderator
}) => {
	const token = moderator.account.token;
	const today = calendarDay(new Date());
	const workshop = await workshopWithActions(server, token, 'STARTER Musterstadt', [
		{ title: 'Sprachcafé', thema: 'Sprache', owner: 'VHS Musterstadt', due: addDays(today, -2) },
		{ title: 'Praktikumsbörse', thema: 'Praxis', owner: 'IHK', due: addDays(today, 6) },
		{ title: 'Später', thema: 'Praxis', owner: 'IHK', due: addDays(today, 40) }
	]);
	const share = await api(server, 'POST', `/api/workshops/${workshop.id}/share-links`, { token, body: {} });
	const items = (await api(server, 'GET', `/api/plan/${share.body.token}`)).body.items as { id: string; title: string }[];
	const sprachcafe = items.find((i) => i.title === 'Sprachcafé')!;
	await api(server, 'PATCH', `/api/plan/${share.body.token}/actions/${sprachcafe.id}`, { body: { contact: 'kaya@vhs.example' } });

	const page = moderator.page;
	await page.goto('/');
	const reminders = page.getByTestId('reminders');
	await expect(reminders.getByRole('heading', { name: 'Erinnerungen (2)' })).toBeVisible();
	await expect(reminders).toContainText('Der Versand per E-Mail ist nicht eingerichtet');
	const row = (title: string) => reminders.getByRole('row').filter({ hasText: title });
	await expect(row('Sprachcafé')).toContainText('überfällig seit 2 Tag(en)');
	await expect(row('Sprachcafé')).toContainText('nicht gesendet (E-Mail nicht eingerichtet)');
	await expect(row('Praktikumsbörse')).toContainText('fällig in 6 Tag(en)');
	await expect(row('Praktikumsbörse')).toContainText('keine E-Mail-Adresse bei der Ansprechperson');
	await expect(row('Später')).toHaveCount(0);
	await expectAccessible(page, 'dashboard with reminders');

	const buendnis = await api(server, 'POST', '/api/buendnisse', { token, body: { name: 'Bündnis Musterstadt' } });
	await api(server, 'PUT', `/api/workshops/${workshop.id}/buendnis`, { token, body: { buendnisId: buendnis.body.id } });
	await page.goto(`/buendnis/${buendnis.body.id}`);
	await page.getByRole('button', { name: 'Kalender-Link erzeugen' }).click();
	const feedUrl = (await page.getByTestId('calendar-url').textContent())!;
	expect(feedUrl).toMatch(/\/b\/[a-z2-7]{32}\/calendar\.ics$/);
	const calendar = await (await fetch(feedUrl)).text();
	expect(calendar).toContain('SUMMARY:Sprachcafé');
	expect(calendar).toContain('SUMMARY:Später');
	await expect(page.getByRole('button', { name: /Neuen Kalender-Link erzeugen/ })).toBeVisible();

	// The Sachbericht downloads for the period in the form.
	await page.getByLabel('Von').fill(addDays(today, -30));
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Sachbericht als PDF' }).click();
	expect((await download).suggestedFilename()).toMatch(/^Sachbericht.*\.pdf$/);
	await expectAccessible(page, 'Bündnis page with calendar link');
});
