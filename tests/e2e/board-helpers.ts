import type { Locator, Page } from '@playwright/test';
import type * as Y from 'yjs';
import { addCard } from '../../src/lib/board/cards.ts';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { api, createWorkshop, join, type Facilitator } from '../helpers/api.ts';
import { value } from '../helpers/board.ts';
import { connect, processed, synced } from '../helpers/realtime.ts';
import type { RunningServer } from '../helpers/server.ts';
import type { Phase } from '../../src/lib/board/facilitator-state.ts';
import { expect, type Fixtures } from './fixtures.ts';

export const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** A workshop with `count` participants joined by API; their tokens sign in browser contexts. */
export async function workshopWith(server: RunningServer, moderator: Facilitator, count: number) {
	const workshop = await createWorkshop(server, moderator.token, { title: 'STARTER Musterstadt' });
	const participants = [];
	for (let i = 0; i < count; i++) participants.push(await join(server, workshop.joinCode, { name: `Person ${i + 1}` }));
	return { workshop, participants };
}

/** A workshop in Sammeln with `count` joined participants: where most board tests begin. */
export async function collectingWith(server: RunningServer, moderator: Facilitator, count: number) {
	const created = await workshopWith(server, moderator, count);
	await setPhase(server, moderator.token, created.workshop.id, 'sammeln');
	return created;
}

/**
 * The screens of the board tests: the facilitator's, Anna's on a laptop and Ben's on a 360 px
 * phone, each in its own browser context.
 */
export async function threeScreens(
	server: RunningServer,
	moderator: Fixtures['moderator'],
	openContext: Fixtures['openContext']
) {
	const { workshop, participants } = await workshopWith(server, moderator.account, 2);
	const { page: anna } = await openContext({ token: participants[0]!.token });
	const { page: ben } = await openContext({ token: participants[1]!.token, ...phone });
	const mod = moderator.page;
	return { workshop, mod, anna, ben, everyone: [mod, anna, ben] };
}

export async function setPhase(server: RunningServer, token: string, workshopId: string, phase: Phase): Promise<void> {
	const res = await api(server, 'POST', `/api/workshops/${workshopId}/phase`, { token, body: { phase } });
	if (res.status !== 200) throw new Error(`set phase failed: ${res.status}`);
}

/** Writes into the board as a script would (stock client, facilitator's token) and waits until the server has it. */
export async function writeBoard(server: RunningServer, workshopId: string, token: string, write: (doc: Y.Doc) => void) {
	const client = connect(server, workshopId, token);
	await synced(client);
	write(client.doc);
	await processed(client);
	client.destroy();
}

/** The wall as Clustern left it: a Thema for each id and title, in that order, each with one card. */
export function pinThemen(doc: Y.Doc, themen: Readonly<Record<string, string>>): void {
	for (const [id, title] of Object.entries(themen)) {
		value(createCluster(doc, { id, title }));
		value(addCard(doc, { text: `Karte zu ${title}`, category: 'Sonstiges', authorKey: 'k', clusterId: id }));
	}
}

/** The card on the wall that shows `text`. */
export const card = (page: Page, text: string | RegExp): Locator => page.locator('[data-card-id]').filter({ hasText: text });

/** A cluster (or "Unsortiert") by its title. */
export const group = (page: Page, title: string): Locator => page.getByRole('region', { name: title, exact: true });

export async function pinCard(page: Page, text: string, category?: string): Promise<void> {
	await page.getByLabel('Text der Karte').fill(text);
	if (category) await page.getByLabel('Kategorie').selectOption(category);
	await page.getByRole('button', { name: 'Karte anheften' }).click();
}

/** Drags a card by its handle with the mouse and drops it in the middle of `target`. */
export async function dragCard(page: Page, from: Locator, target: Locator): Promise<void> {
	const handle = (await from.locator('[data-drag-handle]').boundingBox())!;
	const to = (await target.boundingBox())!;
	await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
	await page.mouse.down();
	await page.mouse.move(to.x + to.width / 2, to.y + to.height - 10, { steps: 12 });
	await page.mouse.up();
}

/** The same with a finger: touch events through the DevTools protocol (Playwright has no touch drag). */
export async function touchDragCard(page: Page, from: Locator, target: Locator): Promise<void> {
	await from.locator('[data-drag-handle]').scrollIntoViewIfNeeded();
	const handle = (await from.locator('[data-drag-handle]').boundingBox())!;
	const box = (await target.boundingBox())!;
	// A finger can only land on what is on screen, and one resting within the board's auto-scroll
	// band (48 px from the top or bottom edge) scrolls the page away under it: so drop in the
	// visible part of the target, clear of both bands.
	const height = page.viewportSize()!.height;
	const band = 56;
	const top = Math.max(box.y, band);
	const to = { ...box, y: top, height: Math.min(box.y + box.height, height - band) - top };
	if (to.height <= 20) throw new Error('drop target is not on screen clear of the auto-scroll bands');
	const session = await page.context().newCDPSession(page);
	const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
		session.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
	const [x0, y0] = [handle.x + handle.width / 2, handle.y + handle.height / 2];
	const [x1, y1] = [to.x + to.width / 2, to.y + to.height - 10];
	await touch('touchStart', x0, y0);
	for (let i = 1; i <= 12; i++) await touch('touchMove', x0 + ((x1 - x0) * i) / 12, y0 + ((y1 - y0) * i) / 12);
	await touch('touchEnd', x1, y1);
	await session.detach();
}

/**
 * The wall as a screen shows it: each group's title with the texts of its cards in their order.
 * Reads the board and the Beamer-Ansicht alike (both mark cards with `data-card-id`).
 */
export function wallOf(page: Page): Promise<Record<string, string[]>> {
	return page.locator('[data-card-id]').evaluateAll((cards) => {
		const wall: Record<string, string[]> = {};
		for (const card of cards) {
			const title = card.closest('section')?.querySelector('h2, h3')?.textContent?.trim() ?? '';
			(wall[title] ??= []).push((card.querySelector('.text') ?? card).textContent!.trim());
		}
		return wall;
	});
}

/**
 * Opens the board and waits until it is live: hydrated and synced. Until then its buttons do
 * nothing and the card form would submit as a plain page form, so acting early is a race.
 */
export async function openBoard(page: Page, workshopId: string): Promise<void> {
	await page.goto(`/w/${workshopId}`);
	await expect(page.getByTestId('connection')).toHaveText(/verbunden/);
}

/**
 * Holds the page's scripts back, as a slow network in the hall would, until the returned function
 * is called: whatever the server rendered can be used before hydration.
 */
export async function holdScripts(page: Page): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await released;
		await route.continue();
	});
	return release;
}
