import Database from 'better-sqlite3';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, createWorkshop, facilitator, type Facilitator } from '../helpers/api.ts';
import { eventually } from '../helpers/retry.ts';
import type { RunningServer } from '../helpers/server.ts';
import { useServer } from '../helpers/use-server.ts';
import { workshopWithActions } from '../helpers/workshop-actions.ts';

/**
 * Retention for workshops in a Bündnis: they stay while the Bündnis is at work (any workshop of it
 * not ended, or ended within RETENTION_DAYS), and go together once its latest one ended longer ago.
 * Workshops on their own keep the plain rule, and one Bündnis at work keeps nothing of another.
 */

const RETENTION_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

const running = useServer({ env: { RETENTION_DAYS: String(RETENTION_DAYS) } });
let server: RunningServer;
let anna: Facilitator;

beforeAll(async () => {
	server = running.current;
	anna = await facilitator(server, 'Anna');
});

/** Moves a workshop's end `days` back, as if that time had gone by since it ended. */
function endedDaysAgo(workshopId: string, days: number): void {
	const db = new Database(path.join(server.dataDir, 'pinnwand.sqlite'), { fileMustExist: true });
	try {
		db.pragma('busy_timeout = 5000');
		const changed = db.prepare('update workshops set ended_at = ? where id = ? and ended_at is not null').run(Date.now() - days * DAY, workshopId);
		expect(changed.changes, `${workshopId} has ended`).toBe(1);
	} finally {
		db.close();
	}
}

/** Triggers a retention run and returns what it logged. */
async function runRetention(): Promise<string> {
	const before = server.messages().length;
	server.process.kill('SIGUSR2');
	return eventually(() => {
		const line = /Retention: (no workshop to delete|deleted \d+ workshop\(s\)[^\n]*)/.exec(server.messages().slice(before).join('\n'))?.[0];
		expect(line).toBeDefined();
		return line!;
	});
}

async function buendnis(name: string): Promise<string> {
	const created = await api(server, 'POST', '/api/buendnisse', { token: anna.token, body: { name, members: ['Jobcenter'] } });
	expect(created.status).toBe(201);
	return created.body.id;
}

async function moveInto(workshopId: string, buendnisId: string): Promise<void> {
	const moved = await api(server, 'PUT', `/api/workshops/${workshopId}/buendnis`, { token: anna.token, body: { buendnisId } });
	expect(moved.status).toBe(200);
}

async function end(workshopId: string): Promise<void> {
	expect((await api(server, 'POST', `/api/workshops/${workshopId}/end`, { token: anna.token })).status).toBe(200);
}

const status = async (workshopId: string) => (await api(server, 'GET', `/api/workshops/${workshopId}`, { token: anna.token })).status;

describe('retention of workshops in a Bündnis', () => {
	it('keeps an old workshop while its Bündnis is at work, then deletes all of it together', async () => {
		const musterstadt = await buendnis('Bündnis Musterstadt');
		const starter = await workshopWithActions(server, anna.token, 'STARTER Musterstadt', [
			{ title: 'Sprachcafé im Jugendzentrum', thema: 'Sprache', owner: 'VHS', due: null }
		]);
		const follow = await createWorkshop(server, anna.token, { title: 'Folgetreffen Musterstadt' });
		await moveInto(starter.id, musterstadt);
		await moveInto(follow.id, musterstadt);

		// Another Bündnis, over: that Musterstadt is at work must not keep it.
		const anderswo = await buendnis('Bündnis Anderswo');
		const over = await createWorkshop(server, anna.token, { title: 'STARTER Anderswo' });
		await moveInto(over.id, anderswo);
		const alone = await createWorkshop(server, anna.token, { title: 'Workshop ohne Bündnis' });

		for (const id of [starter.id, over.id, alone.id]) {
			await end(id);
			endedDaysAgo(id, RETENTION_DAYS + 1);
		}

		// The Folgetreffen still runs: the STARTER workshop and its Maßnahmen stay.
		expect(await runRetention()).toContain('deleted 2 workshop(s)');
		expect(await status(alone.id)).toBe(404);
		expect(await status(over.id)).toBe(404);
		expect(await status(starter.id)).toBe(200);
		const plan = await api(server, 'GET', `/api/buendnisse/${musterstadt}/actions`, { token: anna.token });
		expect(plan.body.actions.map((a: { title: string }) => a.title)).toEqual(['Sprachcafé im Jugendzentrum']);

		// The Folgetreffen ended recently: the Bündnis is still at work, nothing goes.
		await end(follow.id);
		endedDaysAgo(follow.id, RETENTION_DAYS - 1);
		expect(await runRetention()).toBe('Retention: no workshop to delete');
		expect(await status(starter.id)).toBe(200);
		expect(await status(follow.id)).toBe(200);

		// Its latest workshop ended longer ago than RETENTION_DAYS: both go in the same run.
		endedDaysAgo(follow.id, RETENTION_DAYS + 1);
		expect(await runRetention()).toContain('deleted 2 workshop(s)');
		expect(await status(starter.id)).toBe(404);
		expect(await status(follow.id)).toBe(404);

		// The Bündnis itself stays, without workshops and without Maßnahmen.
		const left = await api(server, 'GET', `/api/buendnisse/${musterstadt}`, { token: anna.token });
		expect(left.status).toBe(200);
		expect(left.body).toMatchObject({ name: 'Bündnis Musterstadt', workshops: [] });
		const emptied = await api(server, 'GET', `/api/buendnisse/${musterstadt}/actions`, { token: anna.token });
		expect(emptied.body.actions).toEqual([]);
	});
});
