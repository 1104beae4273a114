import { createWorkshop, join } from '../helpers/api.ts';
import { card, openBoard, phone, pinCard, setPhase } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';

test('cards name an institution only where K people stand behind it; the one from the Ausländerbehörde reads "Weitere Institution"', async ({
	server,
	moderator,
	openContext
}) => {
	const workshop = await createWorkshop(server, moderator.account.token, { title: 'STARTER Musterstadt' });
	const people = [];
	for (const institution of ['Jobcenter', 'Jobcenter', 'Jobcenter', 'Ausländerbehörde', '', '']) {
		people.push(await join(server, workshop.joinCode, { institution }));
	}
	await setPhase(server, moderator.account.token, workshop.id, 'sammeln');
	const { page: jobcenter } = await openContext({ token: people[0]!.token });
	const { page: alone } = await openContext({ token: people[3]!.token, ...phone });
	const { page: beamer } = await openContext({ token: moderator.account.token });
	for (const page of [jobcenter, alone, moderator.page]) await openBoard(page, workshop.id);
	await beamer.goto(`/w/${workshop.id}/beamer`);

	await pinCard(jobcenter, 'Termine dauern zu lange');
	await pinCard(alone, 'Mehr Dolmetscher bei Terminen');
	for (const page of [moderator.page, jobcenter, alone, beamer]) {
		await expect(card(page, 'Termine dauern zu lange')).toContainText('Jobcenter');
		await expect(card(page, 'Mehr Dolmetscher bei Terminen')).toContainText('Weitere Institution');
		await expect(page.getByText('Ausländerbehörde')).toHaveCount(0);
	}
	const here = moderator.page.getByRole('region', { name: 'Wer ist da' }).getByRole('listitem');
	await expect(here).toHaveText(['Jobcenter (1)', 'Weitere Institution (1)']);

	// K raised to 4 in the settings: three from the Jobcenter are too few now, no card names it.
	await moderator.page.goto(`/w/${workshop.id}/settings`);
	await moderator.page.getByLabel('Institution erst ab so vielen Personen zeigen').fill('4');
	await moderator.page.getByRole('button', { name: 'Speichern' }).click();
	await expect(moderator.page.getByRole('status')).toBeVisible();
	await expect(card(beamer, 'Termine dauern zu lange')).not.toContainText('Jobcenter');
	await expect(card(beamer, 'Mehr Dolmetscher bei Terminen')).not.toContainText('Weitere Institution');
});
