import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe on the page (WCAG 2.x A and AA rules) and fails on any serious or critical violation,
 * naming each with the elements it found.
 */
export async function expectAccessible(page: Page, context = page.url()): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const severe = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(severe, `accessibility of ${context}`).toEqual([]);
}

/** Every visible button, link and form control of the page is at least 44 × 44 px. */
export async function expectTouchTargets(page: Page): Promise<void> {
	const small = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="menuitem"], [role="menuitemradio"]')]
			.filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden'))
			.map((el) => ({ el, rect: el.getBoundingClientRect() }))
			.filter(({ el, rect }) => {
				// Checkboxes and radios get their size from the label they sit in.
				if (el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type)) return false;
				return rect.height < 44 || rect.width < 44;
			})
			.map(({ el, rect }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`)
	);
	expect(small, 'touch targets under 44 px').toEqual([]);
}
