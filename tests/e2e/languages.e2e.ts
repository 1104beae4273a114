import { fileURLToPath } from 'node:url';
import { createWorkshop } from '../helpers/api.ts';
import { expectAccessible, expectTouchTargets } from './a11y.ts';
import { phone, setPhase } from './board-helpers.ts';
import { expect, test } from './fixtures.ts';
import { chooseLanguage } from './language.ts';

// The phone board in Arabic and Farsi, kept in docs/ to be looked at: every run takes them;
// PINNWAND_UPDATE_DOCS=1 puts them into docs/ for a commit (as first-run.e2e.ts does).
const screenshot = (name: string) =>
	fileURLToPath(new URL(process.env.PINNWAND_UPDATE_DOCS ? `../../docs/${name}` : `../../test-results/${name}`, import.meta.url));

const RIGHT_TO_LEFT = [
	{ locale: 'ar', name: 'العربية', join: 'انضمام', connected: /الاتصال:\s*متصل/, text: 'نص البطاقة', category: 'الفئة', pin: 'ثبّت البطاقة', card: 'نحتاج دورة لغة مسائية قرب محطة Hauptbahnhof' },
	{ locale: 'fa', name: 'فارسی', join: 'پیوستن', connected: /اتصال:\s*متصل/, text: 'متن کارت', category: 'دسته', pin: 'چسباندن کارت', card: 'کلاس زبان شبانه برای کارآموزها، سطح B1' }
] as const;

for (const language of RIGHT_TO_LEFT) {
	test(`a participant joins in ${language.locale} on a 360 px phone, right to left, and pins a card in her language`, async ({ server, moderator, openContext }) => {
		const workshop = await createWorkshop(server, moderator.account.token, { title: 'STARTER Musterstadt' });
		await setPhase(server, moderator.account.token, workshop.id, 'sammeln');
		const { page } = await openContext(phone);
		await page.goto(`/j/${workshop.joinCode}`);
		await chooseLanguage(page, language.name);
		await expect(page.locator('html')).toHaveAttribute('lang', language.locale);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		// The German title stays readable, left to right, inside the right-to-left heading.
		await expect(page.getByRole('heading', { level: 1 })).toContainText('STARTER Musterstadt');
		await expectAccessible(page, `join page, ${language.locale}`);
		await expectTouchTargets(page, `join page, ${language.locale}`);
		const join = page.getByRole('button', { name: language.join, exact: true });
		// Mirrored: the form's controls start at the right edge.
		const box = (await join.boundingBox())!;
		expect(box.x + box.width).toBeGreaterThan(300);
		await join.tap();

		await expect(page.locator('header').first()).toContainText(language.connected);
		await page.getByLabel(language.text, { exact: true }).fill(language.card);
		await page.getByLabel(language.category, { exact: true }).selectOption('Sprache');
		await page.getByRole('button', { name: language.pin, exact: true }).tap();
		const text = page.locator('[data-card-id] .text').filter({ hasText: language.card });
		await expect(text).toHaveAttribute('dir', 'auto');
		expect(await text.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await expectAccessible(page, `phone board, ${language.locale}`);
		await page.screenshot({ path: screenshot(`phone-board-${language.locale}.png`) });
	});
}

test('the join page speaks Ukrainian and Turkish left to right, and a German card stays German in Arabic', async ({ server, moderator, openContext }) => {
	const workshop = await createWorkshop(server, moderator.account.token, { title: 'STARTER Musterstadt' });
	const { page } = await openContext(phone);
	await page.goto(`/j/${workshop.joinCode}`);
	for (const { name, locale, join } of [
		{ name: 'Українська', locale: 'uk', join: 'Приєднатися' },
		{ name: 'Türkçe', locale: 'tr', join: 'Katıl' }
	]) {
		await chooseLanguage(page, name);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		await expect(page.getByRole('button', { name: join, exact: true })).toBeVisible();
		await expectAccessible(page, `join page, ${locale}`);
	}
	await chooseLanguage(page, 'العربية');
	await page.getByRole('button', { name: 'انضمام', exact: true }).tap();
	await setPhase(server, moderator.account.token, workshop.id, 'sammeln');
	await page.getByLabel('نص البطاقة', { exact: true }).fill('Kitaplätze für Azubis fehlen');
	await page.getByRole('button', { name: 'ثبّت البطاقة', exact: true }).tap();
	const text = page.locator('[data-card-id] .text').filter({ hasText: 'Kitaplätze für Azubis fehlen' });
	expect(await text.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
});
