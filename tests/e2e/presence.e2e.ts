import { connect, synced } from '../helpers/realtime.ts';
import { collectingWith, phone } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';

test('the desktop board shares its cursor at most 10 times a second and draws the others\', a phone only says it is there', async ({
	server,
	moderator,
	openContext
}) => {
	const { workshop, participants } = await collectingWith(server, moderator.account, 2);
	const { page: laptop } = await openContext({ token: participants[0]!.token, viewport: { width: 1280, height: 800 } });
	const { page: handy } = await openContext({ token: participants[1]!.token, ...phone });
	// Awareness frames (type 1) with a cursor in them, as the laptop's board sends them.
	let cursorFrames = 0;
	laptop.on('websocket', (socket) =>
		socket.on('framesent', ({ payload }) => {
			if (typeof payload !== 'string' && payload[0] === 1 && payload.includes('"cursor"')) cursorFrames += 1;
		})
	);
	// Someone else in the room, with the stock client: what it sees is what every board sees.
	const observer = connect(server, workshop.id, moderator.account.token);
	await synced(observer);
	const states = () =>
		[...observer.provider.awareness.getStates()].filter(([id]) => id !== observer.doc.clientID).map(([, state]) => state);

	for (const page of [laptop, handy]) {
		await page.goto(`/w/${workshop.id}`);
		await expect(page.getByTestId('connection')).toHaveText(/verbunden/);
	}
	await expect.poll(states).toEqual([{ role: 'participant' }, { role: 'participant' }]);
	// The Moderation's desktop board draws the others' cursors; the phone draws none.
	const mod = moderator.page;
	await mod.goto(`/w/${workshop.id}`);
	await expect(mod.getByTestId('connection')).toHaveText(/verbunden/);
	const drawn = mod.getByTestId('peer-cursors').locator('.cursor');
	await expect(drawn).toHaveCount(0);

	const wall = (await laptop.locator('section.wall').boundingBox())!;
	await laptop.mouse.move(wall.x + 10, wall.y + 20);
	await expect.poll(states).toContainEqual({ role: 'participant', cursor: { x: 10, y: 20 } });
	await expect(drawn).toHaveCount(1);
	await expect(drawn).toHaveCSS('translate', '10px 20px');
	const modWall = (await mod.locator('section.wall').boundingBox())!;
	await mod.mouse.move(modWall.x + 30, modWall.y + 40);
	const fromModeration = laptop.getByTestId('peer-cursors').locator('.cursor');
	await expect(fromModeration).toHaveText('Moderation');
	await expect(fromModeration).toHaveCSS('translate', '30px 40px');
	await expect(handy.getByTestId('peer-cursors')).toHaveCount(0);
	// A mouse that moves every 4 ms for a second and a half, faster than Playwright's mouse can.
	const seconds = await laptop.locator('section.wall').evaluate(async (element) => {
		const box = element.getBoundingClientRect();
		const started = performance.now();
		for (let i = 1; i <= 400; i++) {
			const move = { pointerType: 'mouse', clientX: box.left + 10 + i / 4, clientY: box.top + 20, bubbles: true };
			element.dispatchEvent(new PointerEvent('pointermove', move));
			await new Promise((resolve) => setTimeout(resolve, 4));
		}
		return (performance.now() - started) / 1000;
	});
	await expect.poll(states).toContainEqual({ role: 'participant', cursor: { x: 110, y: 20 } });
	expect(cursorFrames).toBeGreaterThan(3);
	expect(cursorFrames).toBeLessThanOrEqual(Math.ceil(seconds * 10) + 2);

	const handyWall = (await handy.locator('section.wall').boundingBox())!;
	await handy.touchscreen.tap(handyWall.x + 20, handyWall.y + 20);
	await laptop.mouse.move(wall.x + wall.width + 50, wall.y + wall.height + 50);
	await expect.poll(states).toContainEqual({ role: 'participant', cursor: null });
	await expect(drawn).toHaveCount(0);
	expect(states()).toContainEqual({ role: 'participant' });
	observer.destroy();
});
