import type { Page } from '@playwright/test';

/** Opens the language switch (a disclosure in the header) and picks a language by its own name. */
export async function chooseLanguage(page: Page, name: string): Promise<void> {
	await page.getByTestId('language-switch').locator('summary').click();
	await page.getByTestId('language-switch').getByRole('button', { name, exact: true }).click();
}
