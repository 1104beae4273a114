import { api, createWorkshop, join } from '../helpers/api.ts';
import { germanExcelCsv, uploadAngebote } from '../helpers/angebote-list.ts';
import { expectAccessible } from './a11y.ts';
import { openBoard, phone, pinThemen, setPhase, writeBoard } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';

test('the Moderation puts the Lückenanalyse on the Beamer; a phone shows it too, in words, and both pass axe', async ({ server, moderator, openContext }) => {
	const token = moderator.account.token;
	const buendnis = (await api(server, 'POST', '/api/buendnisse', { token, body: { name: 'Bündnis Musterstadt' } })).body.id;
	const workshop = await createWorkshop(server, token, { title: 'STARTER Musterstadt', buendnisId: buendnis });
	await writeBoard(server, workshop.id, token, (doc) => pinThemen(doc, { sprache: 'Sprache', wohnen: 'Wohnen' }));
	await uploadAngebote(server, token, buendnis, germanExcelCsv([['Sprachkurs', 'VHS', 'ja', 'unklar', 'nein', 'nein', 'Sprache']], ['Titel', 'Träger', 'Duldung', 'Aufenthaltsgestattung', 'Aufenthaltserlaubnis', 'Anerkannt', 'Themen']));
	await setPhase(server, token, workshop.id, 'massnahmen');

	const mod = moderator.page;
	await openBoard(mod, workshop.id);
	const participant = await join(server, workshop.joinCode, { name: 'Dilan' });
	const { page: dilan } = await openContext({ token: participant.token, ...phone });
	await openBoard(dilan, workshop.id);
	const viewer = await api(server, 'POST', `/api/workshops/${workshop.id}/viewer-link`, { token });
	const { page: beamer } = await openContext({ viewport: { width: 1920, height: 1080 } });
	await beamer.goto(viewer.body.url);
	await expect(dilan.getByTestId('gaps-spotlight')).toHaveCount(0);

	await mod.getByTestId('facilitator-panel').getByLabel('Auf dem Beamer hervorheben').selectOption('gaps');
	for (const screen of [beamer, dilan]) {
		const matrix = screen.getByTestId('gaps-spotlight').getByTestId('gap-matrix');
		await expect(matrix.getByRole('row', { name: /^Sprache/ }).getByRole('cell')).toHaveText([/^Lücke\s+1 unklar\s*$/, /^1 Angebote\s*$/, /^Lücke\s*$/, /^Lücke\s*$/]);
		await expect(matrix.getByRole('row', { name: /^Wohnen/ }).getByRole('cell')).toHaveText(Array(4).fill(/^Lücke\s*$/));
		// Read-only everywhere: nobody but the facilitator's Angebote page makes a Maßnahme from a cell.
		await expect(matrix.getByRole('link')).toHaveCount(0);
	}
	await expect(dilan.getByTestId('gaps-spotlight')).toContainText('Die Moderation zeigt sie gerade auf dem Beamer.');
	await expectAccessible(beamer, 'Beamer-Ansicht with the Lückenanalyse');
	await expectAccessible(dilan, 'phone board with the Lückenanalyse');

	await mod.getByTestId('facilitator-panel').getByLabel('Auf dem Beamer hervorheben').selectOption('');
	await expect(beamer.getByTestId('gaps-spotlight')).toHaveCount(0);
	await expect(dilan.getByTestId('gaps-spotlight')).toHaveCount(0);
});

test('a workshop in no Bündnis offers no Lückenanalyse to put on the Beamer', async ({ server, moderator }) => {
	const workshop = await createWorkshop(server, moderator.account.token, { title: 'Ohne Bündnis' });
	await openBoard(moderator.page, workshop.id);
	const spotlight = moderator.page.getByTestId('facilitator-panel').getByLabel('Auf dem Beamer hervorheben');
	await expect(spotlight.locator('option', { hasText: 'Ergebnisse' })).toHaveCount(1);
	await expect(spotlight.locator('option', { hasText: 'Lückenanalyse' })).toHaveCount(0);
});
