import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Runs axe's default rules (WCAG 2.x A and AA and best practices; AAA rules and the 24 px target
 * size stay off, `expectTouchTargets` asks for 44 px) on the page as it is now and records each
 * serious or critical violation with the elements it found. Soft: a sweep reports every failing
 * screen at once, and the test goes on to the next.
 */
export async function expectAccessible(page: Page, context = page.url(), options: { exclude?: string[] } = {}): Promise<void> {
	let builder = new AxeBuilder({ page });
	for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
	const { violations } = await builder.analyze();
	const severe = violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect.soft(severe, `accessibility of ${context}`).toEqual([]);
}

/** Every visible button, link and form control of the page is at least 44 × 44 px. */
export async function expectTouchTargets(page: Page, context = page.url()): Promise<void> {
	const small = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [role="button"], [role="menuitem"], [role="menuitemradio"]')]
			.filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden'))
			.map((el) => ({ el, rect: el.getBoundingClientRect() }))
			.filter(({ el, rect }) => {
				// Checkboxes and radios get their size from the label they sit in.
				if (el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type)) return false;
				return rect.height < 44 || rect.width < 44;
			})
			.map(({ el, rect }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`)
	);
	expect.soft(small, `touch targets under 44 px on ${context}`).toEqual([]);
}

/**
 * The focused element shows a focus ring: `:focus-visible` applies, and its outline is at least
 * 2 px wide with a contrast of at least 3:1 against white (WCAG 1.4.11).
 */
export async function expectVisibleFocus(target: Locator): Promise<void> {
	const ring = await target.evaluate((el) => {
		const style = getComputedStyle(el);
		const [r, g, b] = style.outlineColor.match(/\d+(\.\d+)?/g)!.map(Number) as [number, number, number];
		const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
		const luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
		return {
			focusVisible: el.matches(':focus-visible'),
			style: style.outlineStyle,
			width: parseFloat(style.outlineWidth),
			contrast: Math.round((1.05 / (luminance + 0.05)) * 100) / 100
		};
	});
	expect(ring.focusVisible, 'focus-visible on the focused element').toBe(true);
	expect(ring.style).not.toBe('none');
	expect(ring.width).toBeGreaterThanOrEqual(2);
	expect(ring.contrast, 'contrast of the focus ring against white').toBeGreaterThanOrEqual(3);
}
