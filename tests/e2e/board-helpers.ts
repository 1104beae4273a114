import type { Locator, Page } from '@playwright/test';
import { api, createWorkshop, join, type Facilitator } from '../helpers/api.ts';
import type { RunningServer } from '../helpers/server.ts';
import type { Phase } from '../../src/lib/board/facilitator-state.ts';
import type { Fixtures } from './fixtures.ts';

export const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** A workshop with `count` participants joined by API; their tokens sign in browser contexts. */
export async function workshopWith(server: RunningServer, moderator: Facilitator, count: number) {
	const workshop = await createWorkshop(server, moderator.token, { title: 'STARTER Musterstadt' });
	const participants = [];
	for (let i = 0; i < count; i++) participants.push(await join(server, workshop.joinCode, { name: `Person ${i + 1}` }));
	return { workshop, participants };
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
	// A finger can only land on what is on screen: the visible part of the target.
	const height = page.viewportSize()!.height;
	const top = Math.max(box.y, 0);
	const to = { ...box, y: top, height: Math.min(box.y + box.height, height) - top };
	if (to.height <= 20) throw new Error('drop target is not on screen');
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
