import { api, join } from '../helpers/api.ts';
import { workshopWithActions } from '../helpers/workshop-actions.ts';
import { expectAccessible, expectTouchTargets } from './a11y.ts';
import { phone } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';

test('a Folgetreffen reviews the Bündnis’ Maßnahmen one at a time on every screen and sets their status where they live', async ({
	server,
	moderator,
	openContext
}) => {
	const token = moderator.account.token;
	const buendnis = await api(server, 'POST', '/api/buendnisse', { token, body: { name: 'Bündnis Musterstadt', members: ['Jobcenter'] } });
	const starter = await workshopWithActions(server, token, 'STARTER Musterstadt', [
		{ title: 'Sprachcafé im Jugendzentrum', thema: 'Sprache', owner: 'VHS', due: '2027-01-15' },
		{ title: 'Kita-Plätze für Kursmütter', thema: 'Kinderbetreuung', owner: 'Jugendamt', due: '2027-03-31' }
	]);
	expect((await api(server, 'PUT', `/api/workshops/${starter.id}/buendnis`, { token, body: { buendnisId: buendnis.body.id } })).status).toBe(200);

	// From the Bündnis page to a new Folgetreffen: template and Bündnis are chosen already.
	const mod = moderator.page;
	await mod.goto(`/buendnis/${buendnis.body.id}`);
	await mod.getByRole('link', { name: 'Folgetreffen anlegen' }).click();
	await expect(mod.getByLabel('Vorlage')).toHaveValue('folgetreffen');
	await expect(mod.getByLabel('Bündnis', { exact: true })).toHaveValue(buendnis.body.id);
	await mod.getByLabel('Titel').fill('Folgetreffen März');
	await mod.getByRole('button', { name: 'Workshop anlegen' }).click();
	await expect(mod).toHaveURL(/\/w\/[^/]+$/);
	await expect(mod.getByTestId('connection')).toHaveText(/verbunden/);
	const workshopId = new URL(mod.url()).pathname.split('/').at(-1)!;
	const stepper = mod.getByRole('navigation', { name: 'Phasen' });
	await expect(stepper.getByRole('button', { name: /Rückblick/ })).toHaveAttribute('aria-current', 'step');
	await expect(stepper.getByRole('button', { name: /Ankommen/ })).toHaveCount(0);

	const { joinCode } = (await api(server, 'GET', `/api/workshops/${workshopId}`, { token })).body;
	const participant = await join(server, joinCode, { name: 'Kübra', institution: 'Jobcenter' });
	const { page: ben } = await openContext({ token: participant.token, ...phone });
	await ben.goto(`/w/${workshopId}`);
	await expect(ben.getByText('Gleich startet die Moderation den Rückblick auf die Maßnahmen.')).toBeVisible();
	const viewer = await api(server, 'POST', `/api/workshops/${workshopId}/viewer-link`, { token });
	const { page: beamer } = await openContext({ viewport: { width: 1920, height: 1080 } });
	await beamer.goto(viewer.body.url);
	await expect(beamer.getByTestId('beamer-phase')).toHaveText('Rückblick');

	// Started: the first open Maßnahme on the wall, the phone and the Beamer.
	await mod.getByRole('button', { name: 'Rückblick starten' }).click();
	const current = (page: typeof mod) => page.getByTestId('review-current');
	for (const page of [mod, ben, beamer]) {
		await expect(current(page)).toContainText('Maßnahme 1 von 2');
		await expect(current(page)).toContainText('Sprachcafé im Jugendzentrum');
		await expect(current(page)).toContainText('STARTER Musterstadt');
	}
	await mod.getByRole('button', { name: 'Nächste Maßnahme' }).click();
	for (const page of [mod, ben, beamer]) await expect(current(page)).toContainText('Kita-Plätze für Kursmütter');
	await expect(beamer.getByRole('heading', { name: 'Kita-Plätze für Kursmütter' })).toBeVisible();

	// "stockt" without a reason is refused in words, with focus on the reason; with one it is set everywhere.
	await mod.getByLabel('Status', { exact: true }).selectOption('stuck');
	await mod.getByRole('button', { name: 'Status speichern' }).click();
	await expect(mod.getByText('Bitte ausfüllen.')).toBeVisible();
	await expect(mod.getByLabel('Stand / Grund')).toBeFocused();
	await mod.getByLabel('Stand / Grund').fill('Keine Erzieherin gefunden');
	await mod.getByRole('button', { name: 'Status speichern' }).click();
	for (const page of [mod, ben, beamer]) await expect(current(page)).toContainText('stockt: Keine Erzieherin gefunden');
	await expect(mod.getByTestId('announcer')).toHaveText('„Kita-Plätze für Kursmütter“: stockt.');

	// It was set on the STARTER workshop's board, so the Bündnis plan shows it too.
	const plan = await api(server, 'GET', `/api/buendnisse/${buendnis.body.id}/actions`, { token });
	expect(plan.body.actions.find((a: { title: string }) => a.title === 'Kita-Plätze für Kursmütter')).toMatchObject({
		status: 'stuck',
		statusNote: 'Keine Erzieherin gefunden'
	});

	// New Maßnahmen are collected in the same phase.
	await expect(ben.getByRole('heading', { name: 'Neue Maßnahmen' })).toBeVisible();

	expect(await ben.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await expectTouchTargets(ben);
	await expectAccessible(mod, 'Rückblick, facilitator');
	await expectAccessible(ben, 'Rückblick, participant on a phone');
	await expectAccessible(beamer, 'Rückblick, Beamer');
});
