import { fileURLToPath } from 'node:url';
import { api, createWorkshop, join } from '../helpers/api.ts';
import { startTranslator } from '../helpers/libretranslate.ts';
import { removeDataDir, startServer } from '../helpers/server.ts';
import { expectAccessible, expectTouchTargets } from './a11y.ts';
import { card, phone, setPhase } from './board-helpers.ts';
import { expect, test as base } from './fixtures.ts';
import { chooseLanguage } from './language.ts';

const ARABIC = 'نحتاج دورة لغة مسائية قرب محطة Hauptbahnhof';
const GERMAN = 'Wir brauchen einen Abendsprachkurs nahe Hauptbahnhof';

// Kept in docs/ to be looked at, as in languages.e2e.ts: PINNWAND_UPDATE_DOCS=1 writes them there.
const screenshot = (name: string) =>
	fileURLToPath(new URL(process.env.PINNWAND_UPDATE_DOCS ? `../../docs/${name}` : `../../test-results/${name}`, import.meta.url));

// This test's server pre-fills translations from a LibreTranslate-compatible server of its own.
const test = base.extend({
	server: async ({}, use) => {
		const translator = await startTranslator({ 'ar>de': { [ARABIC]: 'Wir brauchen einen Abendsprachkurs am Hauptbahnhof' } });
		const server = await startServer({ env: { TRANSLATE_URL: translator.url } });
		await use(server);
		await server.stop();
		removeDataDir(server.dataDir);
		await translator.close();
	}
});

test('a card pinned in Arabic on a phone gets a German translation from another participant, and the Beamer shows both', async ({
	server,
	moderator,
	openContext
}) => {
	const workshop = await createWorkshop(server, moderator.account.token, { title: 'STARTER Musterstadt' });
	await setPhase(server, moderator.account.token, workshop.id, 'sammeln');
	const viewer = (await api(server, 'POST', `/api/workshops/${workshop.id}/viewer-link`, { token: moderator.account.token })).body.token;
	const { page: beamer } = await openContext({ viewport: { width: 1920, height: 1080 } });
	await beamer.goto(`/w/${workshop.id}/beamer?key=${viewer}`);

	// Amira joins in Arabic on a 360 px phone and pins her card.
	const { page: amira } = await openContext(phone);
	await amira.goto(`/j/${workshop.joinCode}`);
	await chooseLanguage(amira, 'العربية');
	await amira.getByRole('button', { name: 'انضمام', exact: true }).tap();
	await amira.getByLabel('نص البطاقة', { exact: true }).fill(ARABIC);
	await amira.getByRole('button', { name: 'ثبّت البطاقة', exact: true }).tap();
	await expect(card(amira, ARABIC).locator('.text')).toHaveAttribute('lang', 'ar');

	// Lea, on her laptop in German, asks for a suggestion, corrects it and saves it.
	const lea = await join(server, workshop.joinCode, { name: 'Lea' });
	const { page: leaPage } = await openContext({ token: lea.token });
	await leaPage.goto(`/w/${workshop.id}`);
	const onLea = card(leaPage, ARABIC);
	await onLea.getByRole('button', { name: 'Übersetzen' }).click();
	await expect(onLea.getByLabel('Sprache der Übersetzung')).toHaveValue('de');
	await onLea.getByRole('button', { name: 'Vorschlag holen' }).click();
	const translation = onLea.getByLabel('Übersetzung', { exact: true });
	await expect(translation).toHaveValue('Wir brauchen einen Abendsprachkurs am Hauptbahnhof');
	await expectAccessible(leaPage, 'board with the translation form open');
	await translation.fill(GERMAN);
	await onLea.getByRole('button', { name: 'Übersetzung speichern' }).click();
	await expect(onLea.getByRole('button', { name: 'Übersetzen' })).toBeFocused();
	await expect(onLea.locator('[data-translation="de"]')).toContainText(GERMAN);
	await expect(onLea.locator('[data-translation="de"]')).toContainText('Deutsch');

	// Amira sees the German under her Arabic, each in its own direction.
	const onAmira = card(amira, ARABIC);
	const german = onAmira.locator('[data-translation="de"] p');
	await expect(german).toHaveText(GERMAN);
	await expect(german).toHaveAttribute('lang', 'de');
	expect(await german.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
	expect(await onAmira.locator('.text').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
	await expect(onAmira.locator('[data-translation="de"] .language')).toHaveText('الألمانية');
	expect(await amira.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await expectTouchTargets(amira, 'phone board with a bilingual card, ar');

	// The hall reads both, side by side.
	const onBeamer = beamer.locator('[data-card-id]').filter({ hasText: ARABIC });
	await expect(onBeamer.locator('[data-translation="de"]')).toContainText(GERMAN);
	const [original, translated] = await Promise.all([
		onBeamer.locator('p[lang="ar"]').boundingBox(),
		onBeamer.locator('p[lang="de"]').boundingBox()
	]);
	expect(Math.abs(original!.y - translated!.y)).toBeLessThan(original!.height);
	await expectAccessible(beamer, 'Beamer with a bilingual card');
	await beamer.screenshot({ path: screenshot('beamer-bilingual.png') });
	await amira.screenshot({ path: screenshot('phone-bilingual-ar.png') });

	// Axe on the phone board with the bilingual card, in every language of the participant screens.
	for (const { name, locale } of [
		{ name: 'العربية', locale: 'ar' },
		{ name: 'فارسی', locale: 'fa' },
		{ name: 'Українська', locale: 'uk' },
		{ name: 'Türkçe', locale: 'tr' },
		{ name: 'English', locale: 'en' },
		{ name: 'Deutsch', locale: 'de' }
	]) {
		if (locale !== 'ar') await chooseLanguage(amira, name);
		await expect(amira.locator('html')).toHaveAttribute('lang', locale);
		await expect(card(amira, ARABIC).locator('[data-translation="de"]')).toBeVisible();
		await expectAccessible(amira, `phone board with a bilingual card, ${locale}`);
	}

	// Amira changes her card: the German now says it was made for the earlier text, until Lea saves it again.
	// By id: while it is edited, the card's text is in a field, not in its text.
	const mine = amira.locator(`[data-card-id="${await card(amira, ARABIC).getAttribute('data-card-id')}"]`);
	await mine.getByRole('button', { name: 'Bearbeiten' }).tap();
	await mine.getByLabel('Text der Karte').fill(`${ARABIC} مع رعاية الأطفال`);
	await mine.getByRole('button', { name: 'Speichern' }).tap();
	const stale = 'für eine frühere Fassung der Karte';
	await expect(onLea.locator('[data-translation="de"] .language')).toHaveText(`Deutsch · ${stale}`);
	await expect(onBeamer.locator('[data-translation="de"] .language')).toHaveText(`Deutsch · ${stale}`);
	await expectAccessible(leaPage, 'board with a translation of an earlier text');
	await onLea.getByRole('button', { name: 'Übersetzen' }).click();
	await onLea.getByLabel('Übersetzung', { exact: true }).fill(`${GERMAN}, mit Kinderbetreuung`);
	await onLea.getByRole('button', { name: 'Übersetzung speichern' }).click();
	await expect(onLea.locator('[data-translation="de"] .language')).toHaveText('Deutsch');
	await expect(mine.locator('[data-translation="de"] p')).toHaveText(`${GERMAN}, mit Kinderbetreuung`);
});
