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

test('a workshop in no Bündnis keeps its own Angebote: from the board to its list, an Angebot in the form, its matrix on the Beamer', async ({ server, moderator, openContext }) => {
	const token = moderator.account.token;
	const workshop = await createWorkshop(server, token, { title: 'STARTER ohne Bündnis' });
	await writeBoard(server, workshop.id, token, (doc) => pinThemen(doc, { sprache: 'Sprache' }));
	const mod = moderator.page;
	await openBoard(mod, workshop.id);

	await mod.getByRole('link', { name: 'Angebote', exact: true }).click();
	await expect(mod.getByRole('heading', { level: 1 })).toHaveText('Angebote des Workshops');
	await expect(mod.getByText('Dieser Workshop gehört zu keinem Bündnis, darum hat er eine eigene Liste.')).toBeVisible();
	await mod.getByLabel('Titel', { exact: true }).fill('Sprachkurs');
	await mod.getByLabel('Träger', { exact: true }).fill('VHS');
	await mod.getByLabel('Zugang mit Duldung').selectOption('ja');
	await mod.getByLabel('Themen / Kategorien').fill('Sprache');
	await mod.getByRole('button', { name: 'Angebot anlegen' }).click();
	await expect(mod.getByRole('status').filter({ hasText: '„Sprachkurs“ angelegt.' })).toBeVisible();
	await expectAccessible(mod, 'Angebote page of a workshop in no Bündnis');

	await mod.getByRole('link', { name: 'Zurück zum Workshop' }).click();
	const viewer = await api(server, 'POST', `/api/workshops/${workshop.id}/viewer-link`, { token });
	const { page: beamer } = await openContext({ viewport: { width: 1920, height: 1080 } });
	await beamer.goto(viewer.body.url);
	await mod.getByTestId('facilitator-panel').getByLabel('Auf dem Beamer hervorheben').selectOption('gaps');
	const matrix = beamer.getByTestId('gaps-spotlight').getByTestId('gap-matrix');
	await expect(matrix.getByRole('row', { name: /^Sprache/ }).getByRole('cell')).toHaveText([/^Lücke\s+1 unklar\s*$/, /^1 Angebote\s*$/, /^Lücke\s+1 unklar\s*$/, /^Lücke\s+1 unklar\s*$/]);
});
