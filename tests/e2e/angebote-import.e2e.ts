import { api } from '../helpers/api.ts';
import { angeboteList, germanExcelCsv } from '../helpers/angebote-list.ts';
import { expectAccessible } from './a11y.ts';
import { pinThemen, writeBoard } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';

test('a facilitator imports the Kommune’s list of Angebote: faulty rows named, nothing imported, then the fixed list whole', async ({ server, moderator }) => {
	const token = moderator.account.token;
	const buendnis = (await api(server, 'POST', '/api/buendnisse', { token, body: { name: 'Bündnis Musterstadt' } })).body.id;
	const starter = (await api(server, 'POST', '/api/workshops', { token, body: { title: 'STARTER', buendnisId: buendnis } })).body.id;
	await writeBoard(server, starter, token, (doc) => pinThemen(doc, { sprache: 'Sprache', wohnen: 'Wohnen' }));
	const page = moderator.page;
	await page.goto(`/buendnis/${buendnis}`);
	await page.getByRole('link', { name: 'Angebote' }).click();
	await expect(page.getByRole('heading', { name: 'Angebote im Bündnis' })).toBeVisible();

	const upload = async (bytes: Uint8Array) => {
		await page.getByLabel('Datei').setInputFiles({ name: 'angebote.csv', mimeType: 'text/csv', buffer: Buffer.from(bytes) });
		await page.getByRole('button', { name: 'Prüfen', exact: true }).click();
	};
	await upload(germanExcelCsv(angeboteList()));
	const problems = page.getByRole('alert');
	await expect(problems).toContainText('5 Probleme – nichts importiert.');
	await expect(problems).toContainText('Zeile 15, Spalte „Titel“: Titel: Bitte ausfüllen.');
	await expect(problems).toContainText('Zeile 78, Spalte „Duldung“');
	await expect(page.getByLabel('Aufenthaltsgestattung', { exact: true })).toHaveValue('access.gestattung');
	await expect(page.getByRole('button', { name: /Angebote importieren/ })).toHaveCount(0);
	await expectAccessible(page, 'import with problems');
	expect((await api(server, 'GET', `/api/buendnisse/${buendnis}/angebote`, { token })).body.angebote).toEqual([]);

	await upload(germanExcelCsv(angeboteList(300, false)));
	await expect(page.getByRole('status')).toHaveText('Alle 300 Zeilen sind in Ordnung.');
	await page.getByRole('button', { name: '300 Angebote importieren' }).click();
	await expect(page.getByRole('status')).toHaveText('300 Angebote importiert.');
	await expect(page.getByRole('heading', { name: '300 Angebote' })).toBeVisible();
	const search = async (words: string) => {
		await page.getByRole('searchbox', { name: 'Angebote suchen' }).fill(words);
		await page.getByRole('button', { name: 'Suchen', exact: true }).click();
	};
	await expect(page.getByText('Seite 1 von 6')).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Sprachkurs 300', exact: true })).toHaveCount(0);

	// The last of 300, found by a search and changed in its own form; the search stays.
	await search('Sprachkurs 300');
	await expect(page.getByText('1 von 300 Angeboten passen zu „Sprachkurs 300“.')).toBeVisible();
	await page.getByRole('link', { name: 'Ändern: Sprachkurs 300' }).click();
	const editing = page.getByRole('region', { name: '„Sprachkurs 300“ ändern' });
	await editing.getByLabel('Ort / Ortsteil').fill('Nordstadt');
	await editing.getByRole('button', { name: 'Änderungen speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('„Sprachkurs 300“ gespeichert.');
	await expect(page.getByRole('row', { name: /^Sprachkurs 300 VHS Musterstadt/ }).getByRole('cell', { name: 'Nordstadt' })).toBeVisible();
	await expect(page.getByRole('link', { name: /^Ändern: / })).toHaveCount(1);

	// The Lückenanalyse: Sprache is served (Duldung by every other course), Wohnen by nothing.
	const matrix = page.getByTestId('gap-matrix');
	const sprache = matrix.getByRole('row', { name: /^Sprache/ });
	await expect(sprache.getByRole('cell')).toHaveText(['300 Angebote', '150 Angebote', '300 Angebote', '300 Angebote']);
	const lueckeOffen = /^Lücke\s+Maßnahme anlegen/;
	await expect(matrix.getByRole('row', { name: /^Wohnen/ }).getByRole('cell')).toHaveText([lueckeOffen, lueckeOffen, lueckeOffen, lueckeOffen]);

	// One more by hand: a Wohnen offer open with Duldung closes that Lücke; deleting it opens it again.
	const wohnen = matrix.getByRole('row', { name: /^Wohnen/ }).getByRole('cell');
	const karrieren = page.getByRole('region', { name: 'Maßnahme-Karrieren' });
	await expect(karrieren).toContainText('Noch kein Angebot sagt, was meist davor oder danach kommt');
	await page.getByLabel('Titel', { exact: true }).fill('Wohnungslotsen');
	await page.getByRole('button', { name: 'Angebot anlegen' }).click();
	await expect(page.getByText('Bitte prüfen Sie die markierten Felder.')).toBeVisible();
	await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('Wohnungslotsen');
	await page.getByLabel('Träger', { exact: true }).fill('Caritas');
	await page.getByLabel('Zugang mit Duldung').selectOption('ja');
	await page.getByLabel('Themen / Kategorien').fill('Wohnen');
	await page.getByLabel('Kommt meist danach', { exact: true }).fill('Mietführerschein');
	await page.getByRole('button', { name: 'Angebot anlegen' }).click();
	await expect(page.getByRole('status')).toHaveText('„Wohnungslotsen“ angelegt.');
	// One Angebot that names a next step: now each Thema whose chains end nowhere is a Sackgasse.
	await expect(karrieren.getByRole('heading', { name: 'Wohnen' })).toBeVisible();
	await expect(karrieren).toContainText('Sackgasse: Keine Kette dieses Themas führt in Ausbildung oder Arbeit.');
	await expect(karrieren).toContainText('Ohne Anschluss: Sprachkurs 1, Sprachkurs 2, Sprachkurs 3');
	await expect(karrieren).toContainText('und 288 weitere');
	await expect(karrieren).toContainText('„Mietführerschein“ (nach „Wohnungslotsen“) ist kein Angebot der Liste.');
	const unklar = /^Lücke 1 unklar\s+Maßnahme anlegen/;
	await expect(wohnen).toHaveText([unklar, /^1 Angebote\s*$/, unklar, unklar]);
	await expectAccessible(page, 'Angebote with the form and the matrix');
	await search('Wohnungslotsen');
	await page.getByRole('button', { name: 'Löschen: Wohnungslotsen' }).click();
	await expect(page.getByRole('status')).toHaveText('Angebot gelöscht.');
	await expect(wohnen).toHaveText([lueckeOffen, lueckeOffen, lueckeOffen, lueckeOffen]);

	// A Maßnahme made from the Lücke Wohnen – Duldung: listed in that cell, which stays a Lücke.
	await page.getByRole('link', { name: 'Maßnahme anlegen für die Lücke Wohnen – Duldung' }).click();
	await expect(page.getByText('Lücke: Wohnen – Duldung.', { exact: false })).toBeVisible();
	await page.getByLabel('Maßnahme', { exact: true }).fill('Wohnungsbörse');
	await page.getByLabel('Verantwortlich (Institution)').fill('Caritas');
	await page.getByRole('button', { name: 'Maßnahme anlegen' }).click();
	await expect(page.getByText('Maßnahme „Wohnungsbörse“ angelegt.')).toBeVisible();
	await expect(wohnen.nth(1)).toHaveText(/^Lücke\s+Maßnahme: Wohnungsbörse \(offen\)\s+Maßnahme anlegen/);
	await expectAccessible(page, 'Angebote with a Maßnahme made from a Lücke');

	// Columns the page cannot guess are mapped by hand, checked again and imported.
	await upload(germanExcelCsv([['VHS', 'Nachhilfe am Samstag']], ['Spalte A', 'Spalte B']));
	await expect(page.getByRole('alert')).toContainText('„Titel“ muss einer Spalte zugeordnet sein.');
	await page.getByLabel('Spalte A').selectOption('provider');
	await page.getByLabel('Spalte B').selectOption('title');
	await page.getByRole('button', { name: 'Mit dieser Zuordnung neu prüfen' }).click();
	await page.getByRole('button', { name: '1 Angebote importieren' }).click();
	await expect(page.getByRole('heading', { name: '301 Angebote' })).toBeVisible();
	await expectAccessible(page, 'Angebote list');
});
