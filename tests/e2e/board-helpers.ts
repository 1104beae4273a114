import type { Locator, Page } from '@playwright/test';
import { api, createWorkshop, join, type Facilitator } from '../helpers/api.ts';
import type { RunningServer } from '../helpers/server.ts';
import type { Phase } from '../../src/lib/board/facilitator-state.ts';

export const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** A workshop with `count` participants joined by API; their tokens sign in browser contexts. */
export async function workshopWith(server: RunningServer, moderator: Facilitator, count: number) {
	const workshop = await createWorkshop(server, moderator.token, { title: 'STARTER Musterstadt' });
	const participants = [];
	for (let i = 0; i < count; i++) participants.push(await join(server, workshop.joinCode, { name: `Person ${i + 1}` }));
	return { workshop, participants };
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
