import type { Page } from '@playwright/test';
import { addAction } from '../../src/lib/board/actions.ts';
import { addCard } from '../../src/lib/board/cards.ts';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { api, createWorkshop, join } from '../helpers/api.ts';
import { value } from '../helpers/board.ts';
import { openBoard, setPhase, writeBoard } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';

// Every user text carries this Arabic word, so the check finds each place one is shown.
const MARK = 'سلام';
const texts = {
	card: `${MARK} نحتاج دورة لغة`,
	thema: `${MARK} اللغة`,
	action: `${MARK} مقهى اللغة`,
	owner: `${MARK} مركز الشباب`,
	contact: `${MARK} ليلى`,
	name: `${MARK} أمل`
};

/**
 * Where a user text is shown without its own direction: each text node that is a user text (it
 * starts with MARK), and each field holding one, whose element has no `dir` between itself and
 * <html>. Such a text takes the page's direction, and an Arabic Thema in a German list, or a German
 * one in an Arabic page, comes out in the wrong order. User texts inside a sentence of ours
 * ("Thema … auflösen?") are not checked here; options take their select's direction.
 */
function userTexts(page: Page): Promise<{ shown: number; unisolated: string[] }> {
	return page.evaluate((mark) => {
		const places: { element: Element; text: string }[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim() ?? '';
			if (text.startsWith(mark)) places.push({ element: node.parentElement!, text });
		}
		for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
			if (field.value.trim().startsWith(mark)) places.push({ element: field, text: field.value });
		}
		const unisolated = places
			.filter(({ element }) => !element.closest('script, style, template, title, option') && !element.closest('body [dir]'))
			.map(({ element, text }) => `<${element.tagName.toLowerCase()} class="${element.className}"> ${text.slice(0, 40)}`);
		return { shown: places.length, unisolated };
	}, MARK);
}

async function expectIsolated(page: Page, where: string): Promise<void> {
	await expect.poll(async () => (await userTexts(page)).shown, `user texts on ${where}`).toBeGreaterThan(0);
	expect((await userTexts(page)).unisolated, `user texts without dir on ${where}`).toEqual([]);
}

test('every user text shows in its own direction on the board, the Beamer, the Kerngruppe and the owner pages', async ({
	server,
	moderator,
	openContext
}) => {
	const token = moderator.account.token;
	const workshop = await createWorkshop(server, token, { title: 'STARTER Musterstadt', anonymous: false });
	await api(server, 'POST', `/api/workshops/${workshop.id}/names`, { token, body: { showNames: true } });
	const participant = await join(server, workshop.joinCode, { name: texts.name });
	let actionId = '';
	await writeBoard(server, workshop.id, token, (doc) => {
		const clusterId = value(createCluster(doc, { title: texts.thema }));
		value(addCard(doc, { text: texts.card, category: 'Sprache', authorKey: participant.participantId, clusterId, lang: 'ar' }));
		value(addCard(doc, { text: `${MARK} بطاقة غير مصنفة`, category: 'Sprache', authorKey: 'k', lang: 'ar' }));
		actionId = value(addAction(doc, { title: texts.action, clusterId, owner: texts.owner, contact: texts.contact, due: '2027-03-01' }));
	});
	const mod = moderator.page;
	const viewer = (await api(server, 'POST', `/api/workshops/${workshop.id}/viewer-link`, { token })).body.token;
	const { page: beamer } = await openContext({ viewport: { width: 1920, height: 1080 } });
	const { page: phone } = await openContext({ token: participant.token });

	for (const phase of ['clustern', 'massnahmen'] as const) {
		await setPhase(server, token, workshop.id, phase);
		await openBoard(mod, workshop.id);
		await expectIsolated(mod, `the Moderation's board in ${phase}`);
		await phone.goto(`/w/${workshop.id}`);
		await expectIsolated(phone, `a participant's board in ${phase}`);
		await beamer.goto(`/w/${workshop.id}/beamer?key=${viewer}`);
		await expectIsolated(beamer, `the Beamer in ${phase}`);
	}

	const share = (await api(server, 'POST', `/api/workshops/${workshop.id}/share-links`, { token, body: { label: 'Kerngruppe' } })).body;
	const { page: kerngruppe } = await openContext();
	await kerngruppe.goto(`/m/${share.token}`);
	await expectIsolated(kerngruppe, 'the Kerngruppe page');
	const owner = (await api(server, 'POST', `/api/workshops/${workshop.id}/owner-links`, { token, body: { actionId } })).body;
	await kerngruppe.goto(`/v/${owner.token}`);
	await expectIsolated(kerngruppe, 'the owner page');
	await mod.goto(`/w/${workshop.id}/settings`);
	await expectIsolated(mod, 'the workshop settings');
});
