import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a Playwright browser download.
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
	testDir: '.',
	testMatch: '**/*.e2e.ts',
	outputDir: '../../test-results',
	// The scenario tests drive up to eight browser contexts through a whole workshop day; on a
	// two-core CI machine they take one to two minutes. A hang still fails each wait after 10 s.
	timeout: 180_000,
	expect: { timeout: 10_000 },
	workers: process.env.CI ? 2 : undefined,
	reporter: [['list']],
	use: {
		browserName: 'chromium',
		locale: 'de-DE',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	}
});
