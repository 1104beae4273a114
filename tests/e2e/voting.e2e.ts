import type { Page } from '@playwright/test';
import { api, createWorkshop, join } from '../helpers/api.ts';
import { expectAccessible, expectTouchTargets } from './a11y.ts';
import { group, phone, pinThemen, setPhase, writeBoard } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';

const THEMEN = { kita: 'Kinderbetreuung', sprache: 'Sprache', wohnen: 'Wohnen', praktikum: 'Praktikum' } as const;
type Thema = keyof typeof THEMEN;

/** Each person's Punkte: Kinderbetreuung and Sprache tie at 7, Wohnen 6, Praktikum 5. */
const BALLOTS: Partial<Record<Thema, number>>[] = [
	{ kita: 3, sprache: 2 },
	{ kita: 2, sprache: 3 },
	{ kita: 2, wohnen: 3 },
	{ sprache: 2, praktikum: 3 },
	{ wohnen: 3, praktikum: 2 }
];

const give = (page: Page, thema: Thema) =>
	page.getByRole('button', { name: `Punkt vergeben für Thema ${THEMEN[thema]}`, exact: true });

/** The ranking a chart shows, as "rank title votes" lines. */
async function ranking(page: Page): Promise<string[]> {
	return page
		.getByTestId('results-chart')
		.first()
		.locator('li')
		.evaluateAll((items) =>
			items.map((li) =>
				[...li.querySelectorAll(':scope > span:not([aria-hidden])')].map((s) => s.textContent!.trim().replace(/\s+/g, ' ')).join(' | ')
			)
		);
}

test('five participants vote (two on phones), the facilitator reveals, the Beamer shows the ranking', async ({
	server,
	moderator,
	openContext
}) => {
	const mod = moderator.page;
	const workshop = await createWorkshop(server, moderator.account.token, { title: 'STARTER Musterstadt' });
	const institutions = ['Jobcenter', 'Jobcenter', 'Jobcenter', 'Berufskolleg', 'Berufskolleg'];
	const people = [];
	for (const institution of institutions) people.push(await join(server, workshop.joinCode, { institution }));

	await writeBoard(server, workshop.id, moderator.account.token, (doc) => pinThemen(doc, THEMEN));

	const pages: Page[] = [];
	for (const [i, person] of people.entries()) {
		const { page } = await openContext({ token: person.token, ...(i >= 3 ? phone : {}) });
		pages.push(page);
	}
	const viewer = await api(server, 'POST', `/api/workshops/${workshop.id}/viewer-link`, { token: moderator.account.token });
	const { page: beamer } = await openContext({ viewport: { width: 1920, height: 1080 } });

	await setPhase(server, moderator.account.token, workshop.id, 'punkten');
	for (const page of [mod, ...pages]) await page.goto(`/w/${workshop.id}`);
	await beamer.goto(viewer.body.url);
	await expect(beamer.getByTestId('beamer-phase')).toHaveText('Punkten');
	await expect(pages[0]!.getByText('Die Moderation startet gleich die Punktvergabe.')).toBeVisible();

	// The Moderation opens a round with the defaults: 5 Punkte, at most 3 per Thema.
	await expect(mod.getByTestId('connection')).toHaveText(/verbunden/);
	const controls = mod.getByTestId('voting-controls');
	await controls.getByRole('button', { name: 'Runde starten' }).click();
	await expect(controls.getByText('Runde 1 läuft.')).toBeVisible();
	for (const page of pages) await expect(page.getByTestId('remaining')).toHaveText('Übrige Punkte: 5');

	for (const [i, ballot] of BALLOTS.entries()) {
		const page = pages[i]!;
		for (const [thema, count] of Object.entries(ballot) as [Thema, number][]) {
			for (let n = 0; n < count; n++) await (i >= 3 ? give(page, thema).tap() : give(page, thema).click());
		}
		await expect(page.getByTestId('remaining')).toHaveText('Übrige Punkte: 0');
	}

	// Rules on the phone: the budget, the maximum per Thema, taking back; the budget stays in sight.
	const phonePage = pages[3]!;
	const sprache = phonePage.getByRole('listitem').filter({ has: phonePage.getByRole('heading', { name: 'Sprache' }) });
	await give(phonePage, 'praktikum').tap();
	await expect(phonePage.getByRole('alert')).toHaveText(/Sie haben alle Punkte vergeben/);
	await sprache.getByRole('button', { name: 'Punkt zurücknehmen' }).tap();
	await expect(phonePage.getByTestId('remaining')).toHaveText('Übrige Punkte: 1');
	await give(phonePage, 'praktikum').tap();
	await expect(phonePage.getByRole('alert')).toHaveText('Mehr Punkte gehen für dieses Thema nicht.');
	await expect(phonePage.getByTestId('remaining')).toHaveText('Übrige Punkte: 1');
	await give(phonePage, 'sprache').tap();
	await expect(phonePage.getByTestId('remaining')).toHaveText('Übrige Punkte: 0');
	await phonePage.mouse.wheel(0, 2000);
	await expect(phonePage.getByTestId('remaining')).toBeInViewport();
	expect(await phonePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await expectTouchTargets(phonePage);
	await expectAccessible(phonePage, 'Punkten, participant on a phone');
	await expectAccessible(pages[0]!, 'Punkten, participant');

	// Own votes survive a reload; nobody sees a tally before the reveal.
	await pages[0]!.reload();
	await expect(pages[0]!.getByTestId('remaining')).toHaveText('Übrige Punkte: 0');
	await expect(pages[0]!.getByText('Ihre Punkte hier: 3')).toHaveCount(1);
	for (const page of [beamer, ...pages]) await expect(page.getByTestId('results-chart')).toHaveCount(0);
	await expect(beamer.getByText('Karte zu Kinderbetreuung')).toBeVisible();
	await expect(controls.getByTestId('voting-progress')).toHaveText(
		'5 von 5 Teilnehmenden haben Punkte vergeben. Noch 0 Punkte übrig.'
	);
	await controls.getByRole('button', { name: 'Zwischenstand ansehen (nur auf diesem Bildschirm)' }).click();
	await expect(controls.getByTestId('voting-peek')).toBeVisible();
	await expect(beamer.getByTestId('results-chart')).toHaveCount(0);
	await expectAccessible(mod, 'Punkten, facilitator with peek');

	// Dissolving a voted Thema asks first and says what happens to its Punkte.
	await group(mod, 'Kinderbetreuung').getByRole('button', { name: 'Auflösen' }).click();
	const dialog = mod.getByRole('dialog', { name: 'Thema Kinderbetreuung auflösen?' });
	await expect(dialog).toContainText('Dieses Thema hat 7 Punkte. Beim Auflösen verfallen sie');
	await dialog.getByRole('button', { name: 'Abbrechen' }).click();
	await expect(group(mod, 'Kinderbetreuung')).toBeVisible();

	await controls.getByRole('button', { name: 'Runde beenden' }).click();
	await expect(pages[1]!.getByText('Die Runde ist beendet. Das Ergebnis zeigt die Moderation gleich.')).toBeVisible();
	await controls.getByRole('button', { name: 'Ergebnis aufdecken' }).click();

	const expected = [
		'Platz 1 gleichauf | Kinderbetreuung | 7 Punkte',
		'Platz 1 gleichauf | Sprache | 7 Punkte',
		'Platz 3 | Wohnen | 6 Punkte',
		'Platz 4 | Praktikum | 5 Punkte'
	];
	for (const page of [beamer, mod, ...pages]) await expect.poll(() => ranking(page)).toEqual(expected);
	await expect(beamer.getByTestId('beamer-spotlight').getByText('Ergebnis Runde 1')).toBeVisible();
	const smallest = await beamer
		.getByTestId('results-chart')
		.evaluate((chart) => Math.min(...[...chart.querySelectorAll('span, figcaption')].map((el) => parseFloat(getComputedStyle(el).fontSize))));
	expect(smallest, 'smallest type of the Beamer chart in px').toBeGreaterThanOrEqual(28);
	const breakdown = pages[4]!.getByRole('region', { name: 'Nach Institution' });
	await expect(breakdown.getByRole('heading', { level: 4 })).toHaveText(['Weitere (5 Personen)']);
	await expectAccessible(pages[4]!, 'Results, participant on a phone');
	await expectAccessible(beamer, 'Results, Beamer');

	// Merging after the reveal moves the Punkte along, on every screen at once.
	await group(mod, 'Praktikum').getByRole('button', { name: 'Zusammenführen mit …' }).click();
	await mod.getByRole('menu', { name: 'Zusammenführen mit Thema' }).getByRole('menuitemradio', { name: 'Wohnen' }).click();
	await expect.poll(() => ranking(beamer)).toEqual([
		'Platz 1 | Wohnen | 11 Punkte',
		'Platz 2 gleichauf | Kinderbetreuung | 7 Punkte',
		'Platz 2 gleichauf | Sprache | 7 Punkte'
	]);
});
