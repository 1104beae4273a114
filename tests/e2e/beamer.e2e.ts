import type { Page } from '@playwright/test';
import { createWorkshop } from '../helpers/api.ts';
import { expectAccessible, expectTouchTargets } from './a11y.ts';
import { openBoard, phone } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';

const hall = { viewport: { width: 1920, height: 1080 } };

/** Seconds a timer shows, "m:ss" read as a number. */
async function timerSeconds(page: Page): Promise<number> {
	const [minutes, seconds] = (await page.getByTestId('timer').first().innerText()).split(':').map(Number);
	return minutes! * 60 + seconds!;
}

test('the Beamer follows phase, timer and spotlight; facilitator panel and Beamer pass axe', async ({
	server,
	moderator,
	openContext
}) => {
	const workshop = await createWorkshop(server, moderator.account.token, { title: 'STARTER Musterstadt' });
	const mod = moderator.page;
	await openBoard(mod, workshop.id);
	const panel = mod.getByTestId('facilitator-panel');
	await expect(panel.getByRole('button', { name: 'Ankommen' })).toHaveAttribute('aria-current', 'step');

	// The viewer link, opened on another computer without the facilitator's login.
	await panel.getByRole('button', { name: 'Beamer-Link erzeugen' }).click();
	const link = await panel.getByLabel('Beamer-Link').inputValue();
	expect(link).toContain(`/w/${workshop.id}/beamer?key=`);
	const { page: beamer } = await openContext(hall);
	await beamer.goto(link);
	await expect(beamer).toHaveURL(`${server.url}/w/${workshop.id}/beamer`);
	await expect(beamer.getByTestId('beamer-phase')).toHaveText('Ankommen');
	await expect(beamer.getByTestId('beamer-code')).toContainText(workshop.joinCode.slice(0, 3));
	await expect(beamer.getByRole('img', { name: /QR-Code zum Beitreten/ })).toBeVisible();
	await expect(beamer.getByRole('button')).toHaveCount(0);
	const bodySize = await beamer.locator('.beamer').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(bodySize).toBeGreaterThanOrEqual(28);

	const { page: phonePage } = await openContext(phone);
	await phonePage.goto(`/j/${workshop.joinCode}`);
	await phonePage.getByLabel('Institution', { exact: true }).selectOption('Jobcenter');
	await phonePage.getByRole('button', { name: 'Beitreten' }).click();
	await expect(phonePage).toHaveURL(`${server.url}/w/${workshop.id}`);
	await expect(beamer.getByTestId('presence-count')).toHaveText('1 Person da');
	// One person is fewer than K (3): the Beamer shows no institution at all, so none names them.
	await expect(beamer.getByText('Jobcenter')).toHaveCount(0);
	await expect(beamer.getByText('Weitere Institution')).toHaveCount(0);
	await expectAccessible(beamer, 'Beamer-Ansicht, Ankommen');

	await panel.getByRole('button', { name: 'Sammeln' }).click();
	await expect(beamer.getByTestId('beamer-phase')).toHaveText('Sammeln');
	await expect(panel.getByRole('button', { name: 'Sammeln' })).toHaveAttribute('aria-current', 'step');
	await expect(phonePage.getByTestId('phase')).toHaveText('Sammeln');

	await panel.getByLabel('Minuten').fill('3');
	await panel.getByRole('button', { name: 'Timer starten' }).click();
	await expect(beamer.getByTestId('timer')).toBeVisible();
	await expect(phonePage.getByTestId('timer')).toBeVisible();
	expect(await timerSeconds(beamer)).toBeGreaterThan(170);
	// Read side by side the two screens agree within a second; a read that a busy machine delays by
	// more than that is taken again, a clock that is off never passes.
	await expect
		.poll(async () => {
			const [onBeamer, onPhone] = await Promise.all([timerSeconds(beamer), timerSeconds(phonePage)]);
			return Math.abs(onBeamer - onPhone);
		})
		.toBeLessThanOrEqual(1);

	for (const text of ['Kita-Plätze fehlen für Azubis', 'Zu wenig Kita-Plätze in der Stadt']) {
		await phonePage.getByLabel('Text der Karte').fill(text);
		await phonePage.getByRole('button', { name: 'Karte anheften' }).click();
		await expect(beamer.getByText(text)).toBeVisible();
	}

	await panel.getByRole('button', { name: 'Clustern' }).click();
	await expect(beamer.getByTestId('beamer-phase')).toHaveText('Clustern');
	await panel.getByRole('button', { name: 'Vorschläge holen' }).click();
	await panel.getByRole('button', { name: 'Übernehmen' }).first().click();
	const spotlight = panel.getByLabel('Auf dem Beamer hervorheben');
	await expect(spotlight.locator('option', { hasText: 'Thema:' })).toHaveCount(1);
	const option = await spotlight.locator('option', { hasText: 'Thema:' }).innerText();
	await spotlight.selectOption({ label: option });
	await expect(beamer.getByTestId('beamer-spotlight')).toHaveText(option.replace('Thema: ', ''));
	await expect(beamer.getByText('Zu wenig Kita-Plätze in der Stadt')).toBeVisible();
	await expectAccessible(beamer, 'Beamer-Ansicht, Thema im Fokus');

	await spotlight.selectOption({ label: 'Ergebnisse' });
	await expect(beamer.getByTestId('beamer-spotlight')).toHaveText('Ergebnisse folgen');
	await spotlight.selectOption({ label: 'Nichts – die aktuelle Phase' });
	await expect(beamer.getByTestId('beamer-spotlight')).toHaveCount(0);
	await expect(beamer.getByText('Kita-Plätze fehlen für Azubis')).toBeVisible();
	await expectAccessible(beamer, 'Beamer-Ansicht, Pinnwand');
	await expectAccessible(mod, 'Moderation mit Panel');
	await expectTouchTargets(mod);
});

test('silent Sammeln: cards stay hidden until revealed, and a held-back card never reaches the wall', async ({
	server,
	moderator,
	openContext
}) => {
	const workshop = await createWorkshop(server, moderator.account.token);
	const mod = moderator.page;
	await openBoard(mod, workshop.id);
	const panel = mod.getByTestId('facilitator-panel');
	await panel.getByRole('button', { name: 'Sammeln' }).click();
	await panel.getByLabel('Stilles Sammeln').check();
	await expect(panel.getByRole('heading', { name: 'Verdeckte Karten' })).toBeVisible();

	const { page: phonePage } = await openContext(phone);
	await phonePage.goto(`/j/${workshop.joinCode}`);
	await phonePage.getByRole('button', { name: 'Beitreten' }).click();
	await expect(phonePage.getByRole('heading', { name: 'Ihre Karten (noch verdeckt)' })).toBeVisible();
	const cards = ['Sprachkurse mit Kinderbetreuung', 'Herr A., Aktenzeichen 4711, wartet seit Monaten'];
	for (const text of cards) {
		await phonePage.getByLabel('Text der Karte').fill(text);
		await phonePage.getByRole('button', { name: 'Karte anheften' }).click();
		await expect(phonePage.getByText(text)).toBeVisible();
	}
	await expect(phonePage.getByText('Verdeckte Karten aller Teilnehmenden, die auf das Aufdecken warten: 2')).toBeVisible();
	await expectAccessible(phonePage, 'Teilnehmende, stilles Sammeln');
	await expectTouchTargets(phonePage);

	const review = panel.getByRole('region', { name: 'Verdeckte Karten' });
	await expect(review.getByText(cards[1]!)).toBeVisible();
	await review.getByRole('button', { name: 'Zurückhalten', description: cards[1] }).click();
	await expect(review.getByRole('heading', { name: 'Zurückgehalten (1)' })).toBeVisible();
	await expectAccessible(mod, 'Moderation, Prüfung verdeckter Karten');
	await expectTouchTargets(mod);
	await review.getByRole('button', { name: 'Aufdecken' }).click();

	await expect(mod.locator('[data-card-id]', { hasText: cards[0] })).toBeVisible();
	await expect(phonePage.locator('[data-card-id]', { hasText: cards[0] })).toBeVisible();
	await expect(phonePage.getByText('Die Moderation hält diese Karte zurück.')).toBeVisible();
	await expect(mod.locator('[data-card-id]', { hasText: 'Aktenzeichen' })).toHaveCount(0);
	await expect(phonePage.locator('[data-card-id]', { hasText: 'Aktenzeichen' })).toHaveCount(0);
});
