import type { Locator, Page } from '@playwright/test';
import { card, dragCard, group, phone, wallOf } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';

interface Person {
	name: string;
	/** One of the workshop's institution types, or free text for "Andere Institution". */
	institution: { type: string } | { other: string };
	onPhone: boolean;
	cards: string[];
}

const HELD_BACK = 'Herr A. aus Syrien wartet seit 8 Monaten auf die Beschäftigungserlaubnis';

const PEOPLE: Person[] = [
	{
		name: 'Anna Adler',
		institution: { type: 'Jobcenter' },
		onPhone: false,
		cards: ['Kita-Plätze fehlen für Azubis', 'Sprachkurs nur vormittags']
	},
	{
		name: 'Ben Berger',
		institution: { type: 'Berufskolleg' },
		onPhone: false,
		cards: ['Fachsprache im Beruf fehlt', 'Praktikumsplätze im Handwerk']
	},
	{
		name: 'Cem Çelik',
		institution: { type: 'Ausländerbehörde' },
		onPhone: false,
		cards: ['Termine bei der Ausländerbehörde dauern Monate', HELD_BACK]
	},
	{
		name: 'Dilek Demir',
		institution: { type: 'Jugendmigrationsdienst' },
		onPhone: true,
		cards: ['Anerkennung von Abschlüssen dauert zu lange', 'Wohnung für Azubis fehlt']
	},
	{
		name: 'Emil Engel',
		institution: { other: 'Willkommenskreis Musterstadt' },
		onPhone: true,
		cards: ['Deutschkurs am Abend für Berufstätige', 'Kinderbetreuung während der Ausbildung']
	}
];

const ALL_CARDS = PEOPLE.flatMap((person) => person.cards);
const REVEALED = ALL_CARDS.filter((text) => text !== HELD_BACK);

/** A finger on the phones, the mouse elsewhere. */
const press = (person: Person, target: Locator) => (person.onPhone ? target.tap() : target.click());

/** The same wall with every group's cards in alphabetical order: what was moved where, not in which order. */
const sorted = (wall: Record<string, string[]>) =>
	Object.fromEntries(Object.entries(wall).map(([title, texts]) => [title, [...texts].sort()]));

test('a workshop day: QR join, silent Sammeln with a card held back, Clustern by mouse, keyboard and thumb, the Beamer following', async ({
	server,
	moderator,
	openContext
}) => {
	const mod = moderator.page;
	const panel = mod.getByTestId('facilitator-panel');
	let workshopId = '';
	let joinLink = '';
	let joinCode = '';
	let beamer: Page;
	const pages: Page[] = [];
	const screens = () => [mod, ...pages, beamer];

	await test.step('the facilitator sets up the workshop and opens the Beamer-Ansicht through a viewer link', async () => {
		await mod.goto('/');
		await mod.getByRole('link', { name: 'Neuer Workshop' }).click();
		await mod.getByLabel('Titel').fill('STARTER-Workshop Musterstadt');
		await mod.getByLabel('Kommune').fill('Musterstadt');
		await mod.getByLabel('Ort', { exact: true }).fill('Rathaus, Ratssaal');
		await mod.getByRole('button', { name: 'Workshop anlegen' }).click();
		await expect(mod).toHaveURL(/\/w\/[^/]+$/);
		workshopId = new URL(mod.url()).pathname.split('/')[2]!;
		await expect(mod.getByTestId('connection')).toHaveText(/verbunden/);
		joinCode = (await mod.getByTestId('join-code').textContent())!;
		joinLink = (await mod.getByRole('link', { name: new RegExp(`/j/${joinCode}$`) }).getAttribute('href'))!;
		expect(joinLink).toBe(`${server.url}/j/${joinCode}`);

		await panel.getByRole('button', { name: 'Beamer-Link erzeugen' }).click();
		const viewerLink = await panel.getByLabel('Beamer-Link').inputValue();
		({ page: beamer } = await openContext({ viewport: { width: 1920, height: 1080 } }));
		await beamer.goto(viewerLink);
		await expect(beamer).toHaveURL(`${server.url}/w/${workshopId}/beamer`);
	});

	await test.step('Ankommen: five people join from the QR link; the Beamer shows code and count, no institution of one person', async () => {
		await expect(beamer.getByTestId('beamer-phase')).toHaveText('Ankommen');
		await expect(beamer.getByRole('img', { name: `QR-Code zum Beitreten: ${joinLink}` })).toBeVisible();
		await expect(beamer.getByTestId('beamer-code')).toHaveText(`Code zum Beitreten: ${joinCode.slice(0, 3)}-${joinCode.slice(3)}`);
		await expect(beamer.getByTestId('presence-count')).toHaveText('0 Personen da');

		for (const person of PEOPLE) {
			const { page } = await openContext(person.onPhone ? phone : {});
			pages.push(page);
			await page.goto(joinLink);
			await page.getByLabel('Name (freiwillig)').fill(person.name);
			if ('type' in person.institution) {
				await page.getByLabel('Institution', { exact: true }).selectOption(person.institution.type);
			} else {
				await page.getByLabel('Andere Institution (freiwillig)').fill(person.institution.other);
			}
			await press(person, page.getByRole('button', { name: 'Beitreten' }));
			await expect(page.getByRole('heading', { name: `Willkommen, ${person.name}!` })).toBeVisible();
			await expect(page.getByTestId('connection')).toHaveText(/verbunden/);
		}

		await expect(beamer.getByTestId('presence-count')).toHaveText('5 Personen da');
		// One person from each institution: fewer than K = 3, so the hall sees no institution at all.
		await expect(beamer.getByRole('region', { name: 'Wer ist da' }).getByRole('listitem')).toHaveCount(0);
		await expect(beamer.getByText('Ausländerbehörde')).toHaveCount(0);
		await expect(panel.getByTestId('presence-count')).toHaveText('5 Personen da');
	});

	await test.step('Sammeln, silent: everyone pins cards; the others see only how many wait', async () => {
		await panel.getByLabel('Stilles Sammeln').check();
		await expect(panel.getByLabel('Stilles Sammeln')).toBeChecked();
		await panel.getByRole('button', { name: 'Sammeln' }).click();
		for (const page of [mod, ...pages]) await expect(page.getByTestId('phase')).toHaveText('Sammeln');
		await expect(beamer.getByTestId('beamer-phase')).toHaveText('Sammeln');

		for (const [i, person] of PEOPLE.entries()) {
			const page = pages[i]!;
			const mine = page.getByRole('region', { name: 'Ihre Karten (noch verdeckt)' });
			for (const text of person.cards) {
				await page.getByLabel('Text der Karte').fill(text);
				await press(person, page.getByRole('button', { name: 'Karte anheften' }));
				await expect(mine.getByText(text)).toBeVisible();
			}
		}

		const waiting = `Verdeckte Karten aller Teilnehmenden, die auf das Aufdecken warten: ${ALL_CARDS.length}`;
		for (const page of pages) await expect(page.getByText(waiting)).toBeVisible();
		await expect(panel.getByText(`${ALL_CARDS.length} Karten warten`)).toBeVisible();
		// Nothing is on the wall yet, on any screen: not even the author's own cards.
		for (const page of screens()) await expect(page.locator('[data-card-id]')).toHaveCount(0);
		await expect(beamer.getByText('Noch keine Karten.')).toBeVisible();
		// Nor anywhere else on the page: each person sees their own texts only, the Beamer none.
		for (const [i, page] of pages.entries()) {
			const seen = await page.locator('body').innerText();
			for (const text of ALL_CARDS.filter((t) => !PEOPLE[i]!.cards.includes(t))) expect(seen).not.toContain(text);
		}
		const onBeamer = await beamer.locator('body').innerText();
		for (const text of ALL_CARDS) expect(onBeamer).not.toContain(text);
	});

	await test.step('the facilitator holds back the card naming a case and reveals the rest: one wall on all seven screens', async () => {
		const review = panel.getByRole('region', { name: 'Verdeckte Karten' });
		await expect(review.getByRole('button', { name: 'Zurückhalten' })).toHaveCount(ALL_CARDS.length);
		await review.getByRole('button', { name: 'Zurückhalten', description: HELD_BACK }).click();
		await expect(review.getByRole('heading', { name: 'Zurückgehalten (1)' })).toBeVisible();
		await review.getByRole('button', { name: 'Aufdecken' }).click();
		await expect(mod.getByTestId('announcer')).toHaveText(`${REVEALED.length} Karten aufgedeckt.`);

		const expected = { Unsortiert: REVEALED };
		for (const page of screens()) await expect.poll(() => wallOf(page).then(sorted)).toEqual(sorted(expected));
		await expect(pages[2]!.getByText('Die Moderation hält diese Karte zurück.')).toBeVisible();
		for (const page of screens()) await expect(page.locator('[data-card-id]', { hasText: 'Herr A.' })).toHaveCount(0);
	});

	await test.step('Clustern: two Themen; cards moved by mouse, by keyboard and by thumb; the same clusters everywhere', async () => {
		await panel.getByRole('button', { name: 'Clustern' }).click();
		for (const page of [mod, ...pages]) await expect(page.getByTestId('phase')).toHaveText('Clustern');
		await expect(beamer.getByTestId('beamer-phase')).toHaveText('Clustern');

		for (const title of ['Kinderbetreuung', 'Sprache']) {
			await mod.getByRole('button', { name: 'Neues Thema' }).click();
			await mod.getByLabel('Titel des Themas').fill(title);
			await mod.getByRole('button', { name: 'Speichern' }).click();
			await expect(group(mod, title)).toBeVisible();
		}

		// By mouse, on the facilitator's desktop.
		await dragCard(mod, card(mod, 'Kita-Plätze fehlen'), group(mod, 'Kinderbetreuung'));
		await expect(group(mod, 'Kinderbetreuung').getByText('Kita-Plätze fehlen für Azubis')).toBeVisible();

		// By keyboard, on Anna's laptop: "Verschieben nach …", arrow keys, Enter.
		const anna = pages[0]!;
		await card(anna, 'Deutschkurs am Abend').getByRole('button', { name: 'Verschieben nach …' }).focus();
		await anna.keyboard.press('Enter');
		const menu = anna.getByRole('menu', { name: 'Karte verschieben nach' });
		await expect(menu.getByRole('menuitemradio', { name: 'Unsortiert' })).toBeFocused();
		await anna.keyboard.press('ArrowDown');
		await anna.keyboard.press('ArrowDown');
		await expect(menu.getByRole('menuitemradio', { name: 'Sprache' })).toBeFocused();
		await anna.keyboard.press('Enter');
		await expect(anna.getByTestId('announcer')).toHaveText('Karte verschoben nach Thema Sprache');

		// By thumb, on Emil's phone.
		const emil = pages[4]!;
		await card(emil, 'Kinderbetreuung während').getByRole('button', { name: 'Verschieben nach …' }).tap();
		await emil.getByRole('menuitemradio', { name: 'Kinderbetreuung' }).tap();
		await expect(emil.getByTestId('announcer')).toHaveText('Karte verschoben nach Thema Kinderbetreuung');

		const moved = ['Kita-Plätze fehlen für Azubis', 'Deutschkurs am Abend für Berufstätige', 'Kinderbetreuung während der Ausbildung'];
		const expected = {
			Kinderbetreuung: ['Kita-Plätze fehlen für Azubis', 'Kinderbetreuung während der Ausbildung'],
			Sprache: ['Deutschkurs am Abend für Berufstätige'],
			Unsortiert: REVEALED.filter((text) => !moved.includes(text))
		};
		await expect.poll(() => wallOf(mod).then(sorted)).toEqual(sorted(expected));
		// Every other screen shows the facilitator's wall exactly, order within each group included.
		const wall = await wallOf(mod);
		for (const page of screens()) await expect.poll(() => wallOf(page)).toEqual(wall);
	});

	await test.step('the Beamer follows the spotlight onto a Thema and back to the wall', async () => {
		const spotlight = panel.getByLabel('Auf dem Beamer hervorheben');
		await spotlight.selectOption({ label: 'Thema: Kinderbetreuung' });
		await expect(beamer.getByTestId('beamer-spotlight')).toHaveText('Kinderbetreuung');
		const spotlit = beamer.getByRole('main').locator('[data-card-id]');
		await expect(spotlit).toHaveText(await group(mod, 'Kinderbetreuung').locator('[data-card-id] .text').allTextContents());
		const size = await spotlit.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size, 'type of a spotlit card in px').toBeGreaterThanOrEqual(36);

		await spotlight.selectOption({ label: 'Nichts – die aktuelle Phase' });
		await expect(beamer.getByTestId('beamer-spotlight')).toHaveCount(0);
		await expect.poll(() => wallOf(beamer)).toEqual(await wallOf(mod));
		await expect(beamer.getByTestId('beamer-phase')).toHaveText('Clustern');
	});
});
