import { api } from '../helpers/api.ts';
import { expectAccessible, expectTouchTargets } from './a11y.ts';
import { addCard, moveCard } from '../../src/lib/board/cards.ts';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { value } from '../helpers/board.ts';
import {
	card,
	collectingWith,
	dragCard,
	group,
	openBoard,
	pinCard,
	setPhase,
	threeScreens,
	touchDragCard,
	wallOf,
	workshopWith,
	writeBoard
} from './board-helpers.ts';
import { expect, test } from './fixtures.ts';

test('facilitator and two participants (one on a phone) collect, edit, delete and restore cards on one wall', async ({
	server,
	moderator,
	openContext
}) => {
	const { workshop, mod, anna, ben, everyone } = await threeScreens(server, moderator, openContext);
	for (const page of everyone) await openBoard(page, workshop.id);

	await expect(ben.getByRole('heading', { name: 'Willkommen, Person 2!' })).toBeVisible();
	await expect(mod.getByTestId('join-code')).toHaveText(workshop.joinCode);
	await expectAccessible(ben, 'Ankommen, participant on a phone');
	await expectAccessible(mod, 'Ankommen, facilitator');

	await setPhase(server, moderator.account.token, workshop.id, 'sammeln');
	for (const page of everyone) await expect(page.getByTestId('phase')).toHaveText('Sammeln');

	await pinCard(anna, 'Sprachkurs ohne Kinderbetreuung', 'Kinderbetreuung');
	await pinCard(ben, 'Kita-Platz fehlt');
	await pinCard(mod, 'Anerkennung dauert zu lange', 'Bürokratie & Behörden');
	await expect(anna.getByLabel('Text der Karte')).toHaveValue('');
	for (const page of everyone) {
		for (const text of ['Sprachkurs ohne Kinderbetreuung', 'Kita-Platz fehlt', 'Anerkennung dauert zu lange']) {
			await expect(card(page, text)).toBeVisible();
		}
	}
	await expect(card(anna, 'Sprachkurs').getByText('Kinderbetreuung', { exact: true })).toBeVisible();
	await expect(card(anna, 'Sprachkurs').getByText('Meine Karte')).toBeVisible();

	// The phone: 360 px without sideways scrolling, the form within thumb reach, every target ≥ 44 px.
	expect(await ben.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	const pin = (await ben.getByRole('button', { name: 'Karte anheften' }).boundingBox())!;
	expect(pin.y + pin.height).toBeLessThanOrEqual(740);
	await expectTouchTargets(ben);
	await expectAccessible(ben, 'Sammeln, participant on a phone');
	await expectAccessible(mod, 'Sammeln, facilitator');

	// Authors edit their own cards, not anyone else's.
	await expect(card(anna, 'Kita-Platz').getByRole('button', { name: 'Bearbeiten' })).toHaveCount(0);
	await expect(card(anna, 'Kita-Platz').getByRole('button', { name: 'Löschen' })).toHaveCount(0);
	await card(anna, 'Sprachkurs').getByRole('button', { name: 'Bearbeiten' }).click();
	const editing = anna.locator('[data-card-id]').filter({ has: anna.getByRole('button', { name: 'Speichern' }) });
	await expect(editing.getByLabel('Text der Karte')).toBeFocused();
	await editing.getByLabel('Text der Karte').fill('Sprachkurs ohne Kinderbetreuung am Abend');
	await editing.getByRole('button', { name: 'Speichern' }).click();
	for (const page of everyone) await expect(card(page, 'Sprachkurs ohne Kinderbetreuung am Abend')).toBeVisible();

	// The Moderation deletes any card; it waits in the Papierkorb and comes back from there.
	await card(mod, 'Kita-Platz').getByRole('button', { name: 'Löschen' }).click();
	for (const page of everyone) await expect(card(page, 'Kita-Platz')).toHaveCount(0);
	const trash = mod.getByRole('region', { name: /Papierkorb/ });
	await expect(trash.getByText('Kita-Platz fehlt')).toBeVisible();
	await expect(ben.getByRole('region', { name: /Papierkorb/ })).toHaveCount(0);
	await trash.getByRole('button', { name: 'Wiederherstellen' }).click();
	await expect(trash.getByText('Der Papierkorb ist leer.')).toBeVisible();
	for (const page of everyone) await expect(card(page, 'Kita-Platz fehlt')).toBeVisible();
	await expect(mod.getByTestId('announcer')).toHaveText('Karte wiederhergestellt.');
});

test('clustering: drag by mouse and by finger, "Verschieben nach …" by keyboard and by thumb, create, rename, merge, dissolve', async ({
	server,
	moderator,
	openContext
}) => {
	const { workshop, mod, anna, ben, everyone } = await threeScreens(server, moderator, openContext);
	await setPhase(server, moderator.account.token, workshop.id, 'sammeln');
	for (const page of everyone) await openBoard(page, workshop.id);
	await pinCard(anna, 'Sprachkurs ohne Kinderbetreuung');
	await pinCard(ben, 'Kita-Platz fehlt');
	await pinCard(mod, 'Fachsprache im Beruf');
	for (const page of everyone) await expect(page.locator('[data-card-id]')).toHaveCount(3);

	await setPhase(server, moderator.account.token, workshop.id, 'clustern');
	for (const page of everyone) await expect(page.getByTestId('phase')).toHaveText('Clustern');

	// Create and name a Thema.
	await mod.getByRole('button', { name: 'Neues Thema' }).click();
	await mod.getByLabel('Titel des Themas').fill('Kinderbetreuung');
	await mod.getByRole('button', { name: 'Speichern' }).click();
	for (const page of everyone) await expect(group(page, 'Kinderbetreuung')).toBeVisible();

	// By mouse: drag a card into the Thema.
	await dragCard(mod, card(mod, 'Kita-Platz'), group(mod, 'Kinderbetreuung'));
	for (const page of everyone) await expect(group(page, 'Kinderbetreuung').getByText('Kita-Platz fehlt')).toBeVisible();

	// By keyboard: "Verschieben nach …", arrow keys, Enter; the move is announced.
	const move = card(anna, 'Sprachkurs').getByRole('button', { name: 'Verschieben nach …' });
	await move.focus();
	await anna.keyboard.press('Enter');
	const menu = anna.getByRole('menu', { name: 'Karte verschieben nach' });
	await expect(menu).toBeVisible();
	await expect(menu.getByRole('menuitemradio', { name: 'Unsortiert' })).toBeFocused();
	await expect(menu.getByRole('menuitemradio', { name: 'Unsortiert' })).toHaveAttribute('aria-checked', 'true');
	await expectAccessible(anna, 'Clustern, move menu open');
	await anna.keyboard.press('ArrowDown');
	await expect(menu.getByRole('menuitemradio', { name: 'Kinderbetreuung' })).toBeFocused();
	await anna.keyboard.press('Enter');
	await expect(menu).toHaveCount(0);
	await expect(anna.getByTestId('announcer')).toHaveText('Karte verschoben nach Thema Kinderbetreuung');
	await expect(card(anna, 'Sprachkurs').getByRole('button', { name: 'Verschieben nach …' })).toBeFocused();
	for (const page of everyone) await expect(group(page, 'Kinderbetreuung').getByText('Sprachkurs ohne Kinderbetreuung')).toBeVisible();
	// Escape closes the menu and gives focus back.
	await anna.keyboard.press('Enter');
	await expect(menu).toBeVisible();
	await anna.keyboard.press('Escape');
	await expect(menu).toHaveCount(0);
	await expect(card(anna, 'Sprachkurs').getByRole('button', { name: 'Verschieben nach …' })).toBeFocused();

	// By thumb on the phone: "Neues Thema …" from the menu makes a Thema and names it.
	await card(ben, 'Fachsprache').getByRole('button', { name: 'Verschieben nach …' }).tap();
	await ben.getByRole('menuitemradio', { name: 'Neues Thema …' }).tap();
	await ben.getByLabel('Titel des Themas').fill('Sprache');
	await ben.getByRole('button', { name: 'Speichern' }).tap();
	for (const page of everyone) await expect(group(page, 'Sprache').getByText('Fachsprache im Beruf')).toBeVisible();
	await expectTouchTargets(ben);
	await expectAccessible(ben, 'Clustern, participant on a phone');

	// By finger on the phone: into the neighbouring Thema and back.
	await touchDragCard(ben, card(ben, 'Fachsprache'), group(ben, 'Kinderbetreuung'));
	for (const page of everyone) await expect(group(page, 'Kinderbetreuung').getByText('Fachsprache im Beruf')).toBeVisible();
	await touchDragCard(ben, card(ben, 'Fachsprache'), group(ben, 'Sprache'));
	for (const page of everyone) await expect(group(page, 'Sprache').getByText('Fachsprache im Beruf')).toBeVisible();
	await expectAccessible(mod, 'Clustern, facilitator');

	// Participants neither merge nor dissolve; the Moderation does.
	await expect(group(ben, 'Sprache').getByRole('button', { name: 'Auflösen' })).toHaveCount(0);
	await group(anna, 'Sprache').getByRole('button', { name: 'Umbenennen' }).click();
	await anna.getByLabel('Titel des Themas').fill('Sprache & Beruf');
	await anna.keyboard.press('Enter');
	for (const page of everyone) await expect(group(page, 'Sprache & Beruf')).toBeVisible();

	await group(mod, 'Sprache & Beruf').getByRole('button', { name: 'Zusammenführen mit …' }).click();
	await mod.getByRole('menu', { name: 'Zusammenführen mit Thema' }).getByRole('menuitemradio', { name: 'Kinderbetreuung' }).click();
	for (const page of everyone) {
		await expect(group(page, 'Sprache & Beruf')).toHaveCount(0);
		await expect(group(page, 'Kinderbetreuung').locator('[data-card-id]')).toHaveCount(3);
	}
	await group(mod, 'Kinderbetreuung').getByRole('button', { name: 'Auflösen' }).click();
	for (const page of everyone) {
		await expect(group(page, 'Kinderbetreuung')).toHaveCount(0);
		await expect(group(page, 'Unsortiert').locator('[data-card-id]')).toHaveCount(3);
	}
	await expect(mod.getByTestId('announcer')).toHaveText(/Thema Kinderbetreuung aufgelöst/);
});

test('later phases, an ended workshop, a viewer and a deleted workshop show no edit controls and say why', async ({
	server,
	moderator,
	openContext
}) => {
	const { workshop, participants } = await workshopWith(server, moderator.account, 1);
	const { page: anna } = await openContext({ token: participants[0]!.token });
	await setPhase(server, moderator.account.token, workshop.id, 'sammeln');
	await openBoard(anna, workshop.id);
	await pinCard(anna, 'Praktikumsplätze im Handwerk');
	await expect(card(anna, 'Praktikum')).toBeVisible();

	await setPhase(server, moderator.account.token, workshop.id, 'abschluss');
	await expect(anna.getByText('In dieser Phase ist die Pinnwand nur zum Ansehen da.')).toBeVisible();
	await expect(card(anna, 'Praktikum').getByRole('button')).toHaveCount(0);
	await expectAccessible(anna, 'Abschluss, participant');

	await setPhase(server, moderator.account.token, workshop.id, 'sammeln');
	await expect(anna.getByRole('button', { name: 'Karte anheften' })).toBeVisible();
	expect((await api(server, 'POST', `/api/workshops/${workshop.id}/end`, { token: moderator.account.token })).status).toBe(200);
	await anna.reload();
	await expect(anna.getByText('Der Workshop ist beendet. Die Pinnwand lässt sich nicht mehr ändern.')).toBeVisible();
	await expect(anna.getByRole('button', { name: 'Karte anheften' })).toHaveCount(0);
	await expect(card(anna, 'Praktikum').getByRole('button')).toHaveCount(0);

	const viewer = await api(server, 'POST', `/api/workshops/${workshop.id}/viewer-link`, { token: moderator.account.token });
	const { page: beamer } = await openContext({ token: viewer.body.token });
	await beamer.goto(`/w/${workshop.id}`);
	await expect(beamer.getByText('Nur Ansicht: Hier lässt sich nichts ändern.')).toBeVisible();
	await expect(card(beamer, 'Praktikum')).toBeVisible();
	await expect(beamer.getByRole('main').getByRole('button')).toHaveCount(0);

	// Deleting the workshop closes the sockets for good (4404): the page says so and stops.
	await expect(anna.getByTestId('connection')).toHaveText(/verbunden/);
	expect((await api(server, 'DELETE', `/api/workshops/${workshop.id}`, { token: moderator.account.token })).status).toBe(204);
	await expect(anna.getByTestId('connection')).toHaveText('Verbindung: Dieser Workshop wurde gelöscht');
	await expect(anna.getByText('Die Verbindung wurde beendet. Änderungen sind nicht mehr möglich.')).toBeVisible();
});

test('Frühere Stände: the Moderation puts the wall back as it was when Clustern began, and takes a Thema back from the bin', async ({
	server,
	moderator,
	openContext
}) => {
	const { workshop, participants } = await collectingWith(server, moderator.account, 1);
	const { page: anna } = await openContext({ token: participants[0]!.token });
	const mod = moderator.page;
	await writeBoard(server, workshop.id, moderator.account.token, (doc) => {
		value(addCard(doc, { id: 'kita-platz', text: 'Kita-Platz fehlt', category: 'Kinderbetreuung', authorKey: 'k' }));
		value(addCard(doc, { text: 'Sprachkurs am Abend', category: 'Sprache', authorKey: 'k' }));
	});
	await setPhase(server, moderator.account.token, workshop.id, 'clustern');
	for (const page of [mod, anna]) await openBoard(page, workshop.id);
	await writeBoard(server, workshop.id, moderator.account.token, (doc) => {
		const kita = value(createCluster(doc, { title: 'Kinderbetreuung' }));
		value(moveCard(doc, 'kita-platz', { clusterId: kita }));
		value(addCard(doc, { text: 'Später angeheftet', category: 'Sonstiges', authorKey: 'k' }));
	});
	await expect(group(anna, 'Kinderbetreuung').getByText('Kita-Platz fehlt')).toBeVisible();

	const panel = mod.getByTestId('facilitator-panel');
	const states = panel.getByRole('region', { name: 'Frühere Stände' });
	const clusternStart = states.getByRole('listitem').filter({ hasText: 'Beginn Clustern' });
	await expect(clusternStart).toContainText('Karten: 2, Themen: 0');
	await expect(states.getByRole('listitem').filter({ hasText: 'Beginn Sammeln' })).toContainText('Karten: 0, Themen: 0');
	await clusternStart.getByText('Ansehen').click();
	await expect(clusternStart.getByText('Unsortiert – Karten: 2')).toBeVisible();
	await expectAccessible(mod, 'Moderation with Frühere Stände');

	await clusternStart.getByRole('button', { name: 'Wiederherstellen' }).click();
	const dialog = mod.getByRole('dialog', { name: 'Früheren Stand wiederherstellen?' });
	await expect(dialog).toContainText('kommen in den Papierkorb');
	await dialog.getByRole('button', { name: 'Ja, wiederherstellen' }).click();
	await expect(mod.getByTestId('announcer')).toHaveText('Früherer Stand wiederhergestellt: 1 geändert, 2 in den Papierkorb gelegt.');
	for (const page of [mod, anna]) {
		await expect.poll(() => wallOf(page)).toEqual({ Unsortiert: ['Kita-Platz fehlt', 'Sprachkurs am Abend'] });
	}

	// What came later waits in the bins; the Thema comes back by keyboard, empty, as dissolved Themen do.
	await expect(mod.getByRole('region', { name: /Papierkorb/ }).getByText('Später angeheftet')).toBeVisible();
	const themen = mod.getByRole('region', { name: /Gelöschte Themen/ });
	const back = themen.getByRole('button', { name: 'Wiederherstellen', description: 'Kinderbetreuung' });
	await back.focus();
	await mod.keyboard.press('Enter');
	await expect(themen.getByText('Kein gelöschtes Thema.')).toBeVisible();
	await expect(group(anna, 'Kinderbetreuung')).toBeVisible();
});
