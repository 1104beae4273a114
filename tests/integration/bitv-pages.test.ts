import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkshop, facilitator, postForm } from '../helpers/api.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';
import { useServerWithFacilitator } from '../helpers/use-server.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';

/**
 * The pages BITV and the Telemediengesetz ask of a public body: the Erklärung zur Barrierefreiheit
 * with its feedback form, and the Impressum and Datenschutzerklärung the operator writes as
 * Markdown files in DATA_DIR; all three linked from the footer of every page but the Beamer.
 */

const given = useServerWithFacilitator('Anna');

const page = async (pathname: string, init: RequestInit = {}) => {
	const response = await fetch(given.server.url + pathname, init);
	return { status: response.status, html: await response.text() };
};

/** Text of the h2 headings of a page, tags stripped. */
const headings = (html: string) => [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '').trim());

const FOOTER_LINKS = ['href="/barrierefreiheit"', 'href="/impressum"', 'href="/datenschutz"'];

describe('Erklärung zur Barrierefreiheit', () => {
	it('has the sections the EU model statement requires, in German and in English', async () => {
		const de = await page('/barrierefreiheit');
		expect(de.status).toBe(200);
		expect(de.html).toContain('<h1>Erklärung zur Barrierefreiheit</h1>');
		expect(headings(de.html)).toEqual(
			expect.arrayContaining([
				'Stand der Vereinbarkeit mit den Anforderungen',
				'Nicht barrierefreie Inhalte',
				'Erstellung dieser Erklärung',
				'Feedback und Kontaktangaben',
				'Durchsetzungsverfahren / Schlichtungsverfahren',
				'Feedback-Formular'
			])
		);
		expect(de.html).toContain('teilweise vereinbar');
		expect(de.html).toContain('Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen');
		expect(de.html).toContain('Diese Erklärung bringt Pinnwand mit.');

		const en = await page('/barrierefreiheit', { headers: { cookie: 'PARAGLIDE_LOCALE=en' } });
		expect(headings(en.html)).toEqual(
			expect.arrayContaining(['Compliance status', 'Non-accessible content', 'Preparation of this statement', 'Feedback and contact information', 'Enforcement procedure / conciliation'])
		);
	});

	it("shows the operator's barrierefreiheit.md instead of the shipped text", async () => {
		const file = path.join(given.server.dataDir, 'barrierefreiheit.md');
		fs.writeFileSync(file, '# Stand der Vereinbarkeit mit den Anforderungen\n\nDie Website des Kreises Musterstadt ist **vollständig vereinbar**.\n');
		try {
			const { html } = await page('/barrierefreiheit');
			expect(html).toContain('<strong>vollständig vereinbar</strong>');
			expect(html).not.toContain('Diese Erklärung bringt Pinnwand mit.');
			expect(headings(html)).toContain('Feedback-Formular');
		} finally {
			fs.rmSync(file);
		}
	});
});

describe('Impressum and Datenschutzerklärung', () => {
	it("show the operator's Markdown, with any HTML in the file shown as text, never run", async () => {
		fs.writeFileSync(
			path.join(given.server.dataDir, 'impressum.md'),
			'# Anbieter\n\nKreis Musterstadt, Rathausplatz 1\n\n<script>alert("x")</script>\n\n<img src=x onerror=alert(1)>\n\n[Klick](javascript:alert(1))\n'
		);
		const { status, html } = await page('/impressum');
		expect(status).toBe(200);
		expect(html).toContain('<h2>Anbieter</h2>');
		expect(html).toContain('Kreis Musterstadt, Rathausplatz 1');
		expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
		expect(html).not.toContain('<script>alert');
		expect(html).not.toContain('<img src=x');
		expect(html).not.toContain('href="javascript:');
	});

	it('show a change to the file without a restart', async () => {
		const file = path.join(given.server.dataDir, 'datenschutz.md');
		fs.writeFileSync(file, 'Erste Fassung\n');
		expect((await page('/datenschutz')).html).toContain('Erste Fassung');
		fs.writeFileSync(file, 'Zweite, längere Fassung\n');
		expect((await page('/datenschutz')).html).toContain('Zweite, längere Fassung');
		fs.rmSync(file);
	});

	it('say in plain words that the operator has not set them up yet when the file is missing', async () => {
		const privacy = await page('/datenschutz');
		expect(privacy.status).toBe(200);
		expect(privacy.html).toContain('Der Betreiber dieser Pinnwand hat die Datenschutzerklärung noch nicht eingerichtet.');
		expect(privacy.html).toContain('365 Tage nach ihrem Ende');
		expect(privacy.html).toContain('Legen Sie die Datei datenschutz.md');
		fs.rmSync(path.join(given.server.dataDir, 'impressum.md'), { force: true });
		const imprint = await page('/impressum');
		expect(imprint.status).toBe(200);
		expect(imprint.html).toContain('Der Betreiber dieser Pinnwand hat das Impressum noch nicht eingerichtet.');
	});
});

describe('the footer', () => {
	it('links the three pages from the dashboard, the login page, the join page and the board, but not from the Beamer', async () => {
		const workshop = await createWorkshop(given.server, given.facilitator.token);
		const bearer = { headers: { authorization: `Bearer ${given.facilitator.token}` } };
		for (const [pathname, init] of [
			['/', bearer],
			['/login', {}],
			[`/j/${workshop.joinCode}`, {}],
			[`/w/${workshop.id}`, bearer]
		] as const) {
			const { html } = await page(pathname, init);
			for (const link of FOOTER_LINKS) expect(html, pathname).toContain(link);
			expect(html, pathname).toContain('<footer class="site');
		}
		const beamer = await page(`/w/${workshop.id}/beamer`, bearer);
		expect(beamer.status).toBe(200);
		expect(beamer.html).not.toContain('href="/impressum"');
	});
});

describe('feedback on accessibility', () => {
	it('reaches every facilitator dashboard, newest first, until one marks it done', async () => {
		const sent = await postForm(given.server, '/barrierefreiheit', { message: 'Der Timer ist für Screenreader nicht lesbar.', contact: 'kaya@example.org', page: '/w/abc' });
		expect(sent.status).toBe(303);
		const thanks = await page('/barrierefreiheit?sent');
		expect(thanks.html).toContain('Danke! Ihre Nachricht ist angekommen.');
		await postForm(given.server, '/barrierefreiheit', { message: 'Zweite Rückmeldung' });

		const bruno = await facilitator(given.server, 'Bruno');
		const dashboard = (await page('/', { headers: { authorization: `Bearer ${bruno.token}` } })).html;
		expect(dashboard).toContain('Rückmeldungen zur Barrierefreiheit (2)');
		expect(dashboard.indexOf('Zweite Rückmeldung')).toBeLessThan(dashboard.indexOf('Der Timer ist für Screenreader nicht lesbar.'));
		expect(dashboard).toContain('Kontakt: kaya@example.org');
		expect(dashboard).toContain('Seite: /w/abc');

		const id = /name="id" value="([a-z2-7]+)"/.exec(dashboard)![1]!;
		const done = await postForm(given.server, '/?/feedbackDone', { id }, bruno.token);
		expect(done.status).toBe(200);
		const after = (await page('/', { headers: { authorization: `Bearer ${given.facilitator.token}` } })).html;
		expect(after).toContain('Rückmeldungen zur Barrierefreiheit (1)');
		expect(after).not.toContain('Zweite Rückmeldung');
	});

	it('suggests the page the visitor came from, without query or link token', async () => {
		const token = 'abcdefghijklmnopqrstuvwxyz234567';
		const { html } = await page('/barrierefreiheit', { headers: { referer: `${given.server.url}/v/${token}?x=1` } });
		expect(html).toContain('value="/v/…"');
		expect(html).not.toContain(token);
		const foreign = await page('/barrierefreiheit', { headers: { referer: 'https://elsewhere.example/seite' } });
		expect(foreign.html).not.toContain('/seite');
	});

	it('refuses an empty message with a clear error and keeps what was typed', async () => {
		const refused = await postForm(given.server, '/barrierefreiheit', { message: '   ', contact: '0211 123456', page: '/j/ABC' });
		expect(refused.status).toBe(400);
		expect(refused.html).toContain('id="feedback-message-error"');
		expect(refused.html).toContain('value="0211 123456"');
		expect(refused.html).toContain('value="/j/ABC"');
		const tooLong = await postForm(given.server, '/barrierefreiheit', { message: 'x'.repeat(2001) });
		expect(tooLong.status).toBe(400);
		expect(tooLong.html).toContain('x'.repeat(2001));
	});

	it('takes a few messages per address and hour, then asks to wait', async () => {
		const statuses: number[] = [];
		for (let i = 0; i < 6; i++) statuses.push((await postForm(given.server, '/barrierefreiheit', { message: `Nachricht ${i}` })).status);
		// Two went out in the dashboard test above, five is the limit.
		expect(statuses).toEqual([303, 303, 303, 429, 429, 429]);
		const refused = await postForm(given.server, '/barrierefreiheit', { message: 'Noch eine' });
		expect(refused.html).toMatch(/Bitte versuchen Sie es in \d+ Minuten noch einmal\./);
		expect(refused.html).toContain('Noch eine');
	});
});

describe('feedback by e-mail', () => {
	let smtp: TestSmtp;
	let mailing: RunningServer;

	beforeAll(async () => {
		smtp = await startSmtp();
		mailing = await startServer({ env: { SMTP_URL: smtp.url, FEEDBACK_EMAIL: 'barrierefreiheit@musterstadt.example' } });
	});

	afterAll(async () => {
		await mailing.stop();
		removeDataDir(mailing.dataDir);
		await smtp.close();
	});

	it('arrives at FEEDBACK_EMAIL with the message, the contact and the page', async () => {
		const sent = await postForm(mailing, '/barrierefreiheit', { message: 'Die Karten sind zu klein.', contact: 'kaya@example.org', page: '/w/xyz' });
		expect(sent.status).toBe(303);
		const mail = await eventually(() => {
			expect(smtp.messages).toHaveLength(1);
			return smtp.messages[0]!;
		});
		expect(mail.to && !Array.isArray(mail.to) && mail.to.value[0]?.address).toBe('barrierefreiheit@musterstadt.example');
		expect(mail.subject).toBe('Pinnwand: Rückmeldung zur Barrierefreiheit');
		expect(mail.text).toContain('Die Karten sind zu klein.');
		expect(mail.text).toContain('Kontakt: kaya@example.org');
		expect(mail.text).toContain('Seite: /w/xyz');
	});
});
