import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/board/reminders.ts';
import { calendarDay } from '../../src/lib/board/plan-filter.ts';
import { api, facilitator, type Facilitator } from '../helpers/api.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';
import { workshopWithActions } from '../helpers/workshop-actions.ts';

/**
 * Reminders for Verantwortliche, sent through a real SMTP server started here: one e-mail per
 * address and institution, once per Maßnahme, kind and Frist, with a working owner link; a
 * refused send is tried again.
 */

let smtp: TestSmtp;
let server: RunningServer;
let anna: Facilitator;
const today = calendarDay(new Date());

beforeAll(async () => {
	smtp = await startSmtp();
	server = await startServer({ env: { SMTP_URL: smtp.url, SMTP_FROM: 'Pinnwand Musterstadt <pinnwand@musterstadt.example>', REMINDER_INTERVAL_MS: String(24 * 60 * 60 * 1000) } });
	anna = await facilitator(server, 'Anna');
});

afterAll(async () => {
	await server.stop();
	removeDataDir(server.dataDir);
	await smtp.close();
});

/** Runs the reminders now (kill -USR2) and returns what the run logged. */
async function remind(): Promise<string> {
	const before = server.messages().length;
	server.process.kill('SIGUSR2');
	return eventually(() => {
		const line = /Reminders: [^\n]*/.exec(server.messages().slice(before).join('\n'))?.[0];
		expect(line).toBeDefined();
		return line!;
	});
}

const to = (address: string) => smtp.messages.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.value[0]?.address === address);

describe('reminders by e-mail', () => {
	it('write once to each institution about the Maßnahmen due within 14 days or overdue, with a link that opens them', async () => {
		const vhs = 'Frau Kaya, kaya@vhs.example, 0211 123';
		const workshop = await workshopWithActions(server, anna.token, 'STARTER Musterstadt', [
			{ title: 'Sprachcafé', thema: 'Sprache', owner: 'VHS Musterstadt', due: addDays(today, 5) },
			{ title: 'Abendkurs', thema: 'Sprache', owner: 'VHS Musterstadt', due: addDays(today, -3) },
			{ title: 'Später', thema: 'Sprache', owner: 'VHS Musterstadt', due: addDays(today, 30) },
			{ title: 'Ohne Adresse', thema: 'Praxis', owner: 'Jobcenter', due: addDays(today, 2) }
		]);
		const share = await api(server, 'POST', `/api/workshops/${workshop.id}/share-links`, { token: anna.token, body: {} });
		const items = (await api(server, 'GET', `/api/plan/${share.body.token}`)).body.items as { id: string; title: string }[];
		const id = (title: string) => items.find((i) => i.title === title)!.id;
		for (const title of ['Sprachcafé', 'Abendkurs', 'Später']) {
			await api(server, 'PATCH', `/api/plan/${share.body.token}/actions/${id(title)}`, { body: { contact: vhs } });
		}
		await api(server, 'PATCH', `/api/plan/${share.body.token}/actions/${id('Ohne Adresse')}`, { body: { contact: 'Herr Demir, Zimmer 12' } });

		expect(await remind()).toBe('Reminders: sent 1 e-mail(s)');
		const [mail] = to('kaya@vhs.example');
		expect(mail!.subject).toBe('Erinnerung: Frist überschritten – Maßnahmen für VHS Musterstadt');
		expect(mail!.from?.value[0]).toMatchObject({ name: 'Pinnwand Musterstadt', address: 'pinnwand@musterstadt.example' });
		const text = mail!.text!;
		expect(text).toContain('für VHS Musterstadt stehen diese Maßnahmen an:');
		expect(text).toMatch(/- Abendkurs \(STARTER Musterstadt\): Frist .+, überfällig seit 3 Tagen/);
		expect(text).toMatch(/- Sprachcafé \(STARTER Musterstadt\): Frist .+, fällig in 5 Tagen/);
		expect(text).not.toContain('Später');
		expect(text).toContain('overdue by 3 days');

		// The link in it is an owner link: it opens the institution's Maßnahmen.
		const link = /\/v\/([a-z2-7]{32})/.exec(text)![1]!;
		const opened = await api(server, 'GET', `/api/owner/${link}`);
		expect(opened.body.items.map((i: { title: string }) => i.title).sort()).toEqual(['Abendkurs', 'Sprachcafé', 'Später']);

		// Nobody else was written to, and nothing twice on the next run.
		expect(smtp.messages).toHaveLength(1);
		expect(await remind()).toBe('Reminders: sent 0 e-mail(s)');

		// A new Frist, still within 14 days: one new reminder, for that Maßnahme alone.
		await api(server, 'PATCH', `/api/plan/${share.body.token}/actions/${id('Sprachcafé')}`, { body: { due: addDays(today, 10) } });
		expect(await remind()).toBe('Reminders: sent 1 e-mail(s)');
		const second = to('kaya@vhs.example')[1]!;
		expect(second.subject).toBe('Erinnerung: Frist bald – Maßnahmen für VHS Musterstadt');
		expect(second.text).toContain('Sprachcafé');
		expect(second.text).not.toContain('Abendkurs');
	});

	it('try a refused e-mail again on the next run, and revoke the link it carried', async () => {
		smtp.refuseNext(1);
		const before = smtp.messages.length;
		const workshop = await workshopWithActions(server, anna.token, 'Folgetreffen', [
			{ title: 'Praktikumsbörse', thema: 'Praxis', owner: 'IHK', due: addDays(today, 1) }
		]);
		const share = await api(server, 'POST', `/api/workshops/${workshop.id}/share-links`, { token: anna.token, body: {} });
		const [item] = (await api(server, 'GET', `/api/plan/${share.body.token}`)).body.items;
		await api(server, 'PATCH', `/api/plan/${share.body.token}/actions/${item.id}`, { body: { contact: 'ausbildung@ihk.example' } });

		expect(await remind()).toBe('Reminders: sent 0 e-mail(s), 1 failed (tried again next run)');
		expect(to('ausbildung@ihk.example')).toHaveLength(0);
		expect(await remind()).toBe('Reminders: sent 1 e-mail(s)');
		expect(to('ausbildung@ihk.example')).toHaveLength(1);
		expect(smtp.messages).toHaveLength(before + 1);
		const links = (await api(server, 'GET', `/api/workshops/${workshop.id}/owner-links`, { token: anna.token })).body.links;
		expect(links.map((l: { revokedAt: string | null }) => l.revokedAt !== null).sort()).toEqual([false, true]);
	});
});
