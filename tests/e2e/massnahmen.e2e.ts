import type { Locator, Page } from '@playwright/test';
import { addAction } from '../../src/lib/board/actions.ts';
import type { Phase } from '../../src/lib/board/facilitator-state.ts';
import { api } from '../helpers/api.ts';
import { value } from '../helpers/board.ts';
import type { RunningServer } from '../helpers/server.ts';
import { expectAccessible, expectTouchTargets } from './a11y.ts';
import { openBoard, phone, pinThemen, setPhase, workshopWith, writeBoard } from './board-helpers.ts';
import { expect, test, type Fixtures } from './fixtures.ts';

const THEMEN = { kita: 'Kinderbetreuung', sprache: 'Sprache', wohnen: 'Wohnen' } as const;

/**
 * The wall as Clustern left it (Kinderbetreuung, Sprache, Wohnen, in that order) and a revealed
 * round that ranks Sprache first; then the facilitator's, Anna's (laptop) and Ben's (phone) screens.
 */
async function rankedWorkshop(server: RunningServer, moderator: Fixtures['moderator'], openContext: Fixtures['openContext']) {
	const token = moderator.account.token;
	const { workshop, participants } = await workshopWith(server, moderator.account, 2);
	await writeBoard(server, workshop.id, token, (doc) => pinThemen(doc, THEMEN));

	const voting = `/api/workshops/${workshop.id}/voting`;
	expect((await api(server, 'POST', voting, { token, body: { action: 'open' } })).status).toBe(201);
	for (const [person, targets] of [
		[participants[0]!, ['sprache', 'kita']],
		[participants[1]!, ['sprache']]
	] as const) {
		for (const targetId of targets) {
			const vote = await api(server, 'POST', `/api/workshops/${workshop.id}/votes`, {
				token: person.token,
				body: { targetId, delta: 1 }
			});
			expect(vote.status).toBe(200);
		}
	}
	expect((await api(server, 'POST', voting, { token, body: { action: 'reveal' } })).status).toBe(200);

	const { page: anna } = await openContext({ token: participants[0]!.token });
	const { page: ben } = await openContext({ token: participants[1]!.token, ...phone });
	const mod = moderator.page;
	const everyone = [mod, anna, ben];

	/** Every screen on the board in `phase`, and the Beamer opened by its viewer link. */
	async function enter(phase: Phase) {
		await setPhase(server, token, workshop.id, phase);
		for (const page of everyone) await openBoard(page, workshop.id);
		const viewer = await api(server, 'POST', `/api/workshops/${workshop.id}/viewer-link`, { token });
		const { page: beamer } = await openContext({ viewport: { width: 1920, height: 1080 } });
		await beamer.goto(viewer.body.url);
		return beamer;
	}
	return { workshop, token, mod, anna, ben, everyone, enter };
}

/** A Thema of the Maßnahmenplan (not of the wall) by its title. */
const planGroup = (page: Page, title: string): Locator =>
	page.getByTestId('action-plan').getByRole('region', { name: title, exact: true });

const field = (item: Locator, label: string): Locator => item.getByLabel(label, { exact: true });

test('Maßnahmen: two participants (one on a phone) and the Moderation edit the plan together, the Beamer shows it, a lock makes it read-only', async ({
	server,
	moderator,
	openContext
}) => {
	const { workshop, token, mod, anna, ben, everyone, enter } = await rankedWorkshop(server, moderator, openContext);
	const beamer = await enter('massnahmen');
	await expect(beamer.getByTestId('beamer-phase')).toHaveText('Maßnahmen');

	// The Themen in the order of the revealed ranking, with rank and Punkte, then "Ohne Thema".
	const headings = anna.getByTestId('action-plan').getByRole('heading', { level: 3 });
	await expect(headings).toHaveText(['Sprache', 'Kinderbetreuung', 'Wohnen', 'Ohne Thema']);
	await expect(planGroup(anna, 'Sprache').getByText('Platz 1 · 2 Punkte')).toBeVisible();
	await expect(anna.getByText('Themen nach dem Ergebnis der Punktvergabe (Runde 1).')).toBeVisible();

	// Anna creates a Maßnahme for the top Thema; focus moves on to "Verantwortlich".
	await planGroup(anna, 'Sprache').getByRole('button', { name: 'Maßnahme für dieses Thema anlegen' }).click();
	await planGroup(anna, 'Sprache').getByLabel('Maßnahme', { exact: true }).fill('Sprachkurs mit Kinderbetreuung');
	await planGroup(anna, 'Sprache').getByRole('button', { name: 'Maßnahme anlegen' }).click();
	await expect(anna.getByTestId('announcer')).toHaveText('Maßnahme angelegt.');
	const created = planGroup(anna, 'Sprache').locator('[data-action-id]');
	await expect(field(created, 'Verantwortlich (Institution)')).toBeFocused();
	const id = (await created.getAttribute('data-action-id'))!;
	const item = (page: Page) => page.locator(`[data-action-id="${id}"]`);
	for (const page of [mod, ben]) await expect(field(planGroup(page, 'Sprache'), 'Maßnahme')).toHaveValue('Sprachkurs mit Kinderbetreuung');

	// Anna is typing the title when the Moderation changes it too: what she types stays in her field.
	const annaTitle = field(item(anna), 'Maßnahme');
	await annaTitle.click();
	await annaTitle.press('End');
	await annaTitle.pressSequentially(' am', { delay: 50 });
	// A pause in her typing writes it (Ben sees it) before the Moderation's change comes in.
	await expect(field(item(ben), 'Maßnahme')).toHaveValue('Sprachkurs mit Kinderbetreuung am');
	await field(item(mod), 'Maßnahme').fill('Deutschkurs für Eltern');
	await field(item(mod), 'Notizen').fill('Mit der Kita absprechen');
	await field(item(mod), 'Notizen').blur();
	// The notes came after the title: once they show, the title has reached Anna's screen too.
	await expect(field(item(anna), 'Notizen')).toHaveValue('Mit der Kita absprechen');
	await expect(field(item(ben), 'Maßnahme')).toHaveValue('Deutschkurs für Eltern');
	await expect(annaTitle).toHaveValue('Sprachkurs mit Kinderbetreuung am');

	// Ben (phone) sets Verantwortlich and Frist while Anna goes on typing.
	await Promise.all([
		annaTitle.pressSequentially(' Abend', { delay: 120 }),
		(async () => {
			await field(item(ben), 'Verantwortlich (Institution)').fill('VHS Musterstadt');
			await field(item(ben), 'Verantwortlich (Institution)').blur();
			await field(item(ben), 'Frist').fill('2026-09-30');
			await field(item(ben), 'Frist').blur();
		})()
	]);
	// Anna still types: her title stays hers, Ben's fields show at once.
	await expect(annaTitle).toBeFocused();
	await expect(field(item(anna), 'Verantwortlich (Institution)')).toHaveValue('VHS Musterstadt');
	await expect(field(item(anna), 'Frist')).toHaveValue('2026-09-30');
	await expect(annaTitle).toHaveValue('Sprachkurs mit Kinderbetreuung am Abend');
	// Leaving the field writes what she typed: the last edit wins on every screen.
	await annaTitle.press('Tab');
	for (const page of everyone) {
		await expect(field(item(page), 'Maßnahme')).toHaveValue('Sprachkurs mit Kinderbetreuung am Abend');
		await expect(field(item(page), 'Verantwortlich (Institution)')).toHaveValue('VHS Musterstadt');
		await expect(field(item(page), 'Frist')).toHaveValue('2026-09-30');
	}

	// A field the domain refuses says so in words and keeps what was typed.
	await field(item(ben), 'Maßnahme').fill('');
	await field(item(ben), 'Maßnahme').blur();
	await expect(item(ben).getByText('Bitte ausfüllen.')).toBeVisible();
	await expect(field(item(anna), 'Maßnahme')).toHaveValue('Sprachkurs mit Kinderbetreuung am Abend');
	await field(item(ben), 'Maßnahme').focus();
	await ben.keyboard.press('Escape');
	await expect(field(item(ben), 'Maßnahme')).toHaveValue('Sprachkurs mit Kinderbetreuung am Abend');
	await expect(item(ben).getByText('Bitte ausfüllen.')).toHaveCount(0);

	// The Moderation sets the status: every screen, the Beamer and the history follow.
	await field(item(mod), 'Status').selectOption('in_progress');
	for (const page of [anna, ben]) await expect(field(item(page), 'Status')).toHaveValue('in_progress');
	const shown = beamer.locator(`[data-action-id="${id}"]`);
	await expect(shown).toContainText('Sprachkurs mit Kinderbetreuung am Abend');
	await expect(shown).toContainText('VHS Musterstadt');
	await expect(shown).toContainText('30. September 2026');
	await expect(shown).toContainText('in Arbeit');
	await expect(beamer.getByTestId('beamer-actions').getByRole('heading', { name: /Sprache/ })).toBeVisible();
	const link = await api(server, 'POST', `/api/workshops/${workshop.id}/share-links`, { token, body: { label: 'Kerngruppe' } });
	expect(link.status).toBe(201);
	await expect
		.poll(async () => {
			const plan = await api(server, 'GET', `/api/plan/${link.body.token}`);
			const entry = plan.body.items.find((i: { id: string }) => i.id === id);
			return entry.history.map((h: { actor: unknown; from: string; to: string }) => [h.actor, h.from, h.to]);
		})
		.toEqual([[{ kind: 'person', name: 'Maria Moderation' }, 'open', 'in_progress']]);

	// "stockt" needs a reason: without one the note field says so and takes focus; with one, every
	// screen and the Beamer show it.
	await field(item(anna), 'Status').selectOption('stuck');
	await expect(field(item(anna), 'Status')).toHaveValue('in_progress');
	await expect(field(item(anna), 'Stand / Grund')).toBeFocused();
	await expect(item(anna).getByText('Bitte ausfüllen.')).toBeVisible();
	await field(item(anna), 'Stand / Grund').fill('Kein Raum am Abend frei');
	await field(item(anna), 'Status').focus();
	await field(item(anna), 'Status').selectOption('stuck');
	await expect(item(anna).getByText('Bitte ausfüllen.')).toHaveCount(0);
	for (const page of [mod, ben]) await expect(field(item(page), 'Status')).toHaveValue('stuck');
	await expect(shown).toContainText('stockt: Kein Raum am Abend frei');
	await field(item(mod), 'Status').selectOption('in_progress');
	await expect(field(item(anna), 'Stand / Grund')).toHaveValue('');

	// Moving it to another Thema by its "Thema" choice keeps focus on that choice.
	await field(item(anna), 'Thema').selectOption({ label: 'Kinderbetreuung' });
	await expect(anna.getByTestId('announcer')).toHaveText('Maßnahme verschoben nach Thema Kinderbetreuung');
	await expect(field(item(anna), 'Thema')).toBeFocused();
	for (const page of everyone) await expect(planGroup(page, 'Kinderbetreuung').locator(`[data-action-id="${id}"]`)).toBeVisible();

	// Phone and laptop: no sideways scrolling, 44 px targets, no serious axe finding.
	expect(await ben.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await expectTouchTargets(ben);
	await expectTouchTargets(anna);
	await expectAccessible(ben, 'Maßnahmen, participant on a phone');
	await expectAccessible(anna, 'Maßnahmen, participant');
	await expectAccessible(mod, 'Maßnahmen, facilitator');
	await expectAccessible(beamer, 'Maßnahmen, Beamer');

	// Deleting takes the Maßnahme off every screen; "Rückgängig" brings it back.
	await item(ben).getByRole('button', { name: 'Maßnahme löschen' }).tap();
	for (const page of everyone) await expect(item(page)).toHaveCount(0);
	await expect(mod.getByRole('region', { name: /Gelöschte Maßnahmen/ }).getByText('Sprachkurs mit Kinderbetreuung am Abend')).toBeVisible();
	const undo = ben.getByRole('button', { name: 'Rückgängig' });
	await expect(undo).toBeFocused();
	await expect(anna.getByRole('button', { name: 'Rückgängig' })).toHaveCount(0);
	await undo.tap();
	for (const page of everyone) await expect(field(item(page), 'Status')).toHaveValue('in_progress');
	await expect(field(item(ben), 'Maßnahme')).toBeFocused();

	// The Moderation brings back what anyone deleted.
	await item(anna).getByRole('button', { name: 'Maßnahme löschen' }).click();
	await expect(item(mod)).toHaveCount(0);
	await mod.getByRole('region', { name: /Gelöschte Maßnahmen/ }).getByRole('button', { name: 'Wiederherstellen' }).click();
	for (const page of everyone) await expect(item(page)).toHaveCount(1);

	// Locked: the plan is there to read, with nothing to change.
	expect((await api(server, 'POST', `/api/workshops/${workshop.id}/lock`, { token, body: { locked: true } })).status).toBe(200);
	for (const page of [anna, ben]) {
		await expect(page.getByText('Die Moderation hat die Pinnwand gesperrt.', { exact: false })).toBeVisible();
		await expect(item(page).getByRole('heading', { name: 'Sprachkurs mit Kinderbetreuung am Abend' })).toBeVisible();
		await expect(page.getByTestId('action-plan').getByRole('textbox')).toHaveCount(0);
		await expect(page.getByRole('button', { name: /Maßnahme (löschen|für dieses Thema anlegen|ohne Thema anlegen)/ })).toHaveCount(0);
	}
	await expect(item(anna)).toContainText('in Arbeit');
	await expectAccessible(ben, 'Maßnahmen, locked, on a phone');
});

test('Abschluss: the ranking, the Maßnahmenplan to read, and for the Moderation the exports and the way to the Kerngruppe link', async ({
	server,
	moderator,
	openContext
}) => {
	const { workshop, token, mod, anna, ben, everyone, enter } = await rankedWorkshop(server, moderator, openContext);
	await writeBoard(server, workshop.id, token, (doc) => {
		value(addAction(doc, { title: 'Kita-Plätze für Kursteilnehmende', clusterId: 'kita', owner: 'Jugendamt', due: '2026-11-15' }));
	});
	const beamer = await enter('abschluss');

	for (const page of [...everyone, beamer]) {
		await expect(page.getByText('Ergebnis Runde 1', { exact: true })).toBeVisible();
		await expect(page.getByTestId('results-chart').first().locator('li').first()).toContainText('Sprache');
	}
	for (const page of everyone) {
		const summary = page.getByTestId('action-plan').getByRole('article', { name: 'Kita-Plätze für Kursteilnehmende' });
		await expect(summary).toContainText('Jugendamt');
		await expect(summary).toContainText('15. November 2026');
		await expect(summary).toContainText('offen');
		await expect(page.getByTestId('action-plan').getByRole('textbox')).toHaveCount(0);
	}

	const exports = mod.getByTestId('exports');
	const links: [string, string][] = [
		['Ergebnisprotokoll (PDF)', 'export.pdf?lang=de'],
		['Karten (CSV)', 'export.csv?lang=de'],
		['Punkte (CSV)', 'export.csv?part=votes&lang=de'],
		['Maßnahmen (CSV)', 'export.csv?part=actions&lang=de'],
		['Markdown', 'export.md?lang=de'],
		['Daten (JSON)', 'export.json'],
		['Kalender (ICS)', 'export.ics?lang=de']
	];
	for (const [name, file] of links) {
		const href = `/api/workshops/${workshop.id}/${file}`;
		await expect(exports.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
		expect((await mod.request.get(href)).status(), href).toBe(200);
	}
	await exports.getByLabel('Sprache der Dateien').selectOption({ label: 'العربية' });
	const arabic = `/api/workshops/${workshop.id}/export.pdf?lang=ar`;
	await expect(exports.getByRole('link', { name: 'Ergebnisprotokoll (PDF)', exact: true })).toHaveAttribute('href', arabic);
	expect((await mod.request.get(arabic)).status()).toBe(200);
	await exports.getByRole('link', { name: 'Link für die Kerngruppe erzeugen' }).click();
	await expect(mod).toHaveURL(new RegExp(`/w/${workshop.id}/settings#share-links$`));
	await expect(mod.getByRole('heading', { name: 'Link für die Kerngruppe' })).toBeVisible();
	for (const page of [anna, ben]) await expect(page.getByTestId('exports')).toHaveCount(0);

	await mod.goBack();
	await expect(mod.getByTestId('exports')).toBeVisible();
	await expectTouchTargets(ben);
	await expectTouchTargets(mod);
	await expectAccessible(ben, 'Abschluss, participant on a phone');
	await expectAccessible(mod, 'Abschluss, facilitator');
	await expectAccessible(beamer, 'Abschluss, Beamer');
});
