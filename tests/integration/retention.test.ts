import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAction } from '../../src/lib/board/actions.ts';
import { addCard, moveCard } from '../../src/lib/board/cards.ts';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { PRESENCE_DELAY_MS } from '../../src/lib/server/rooms/presence.ts';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { value } from '../helpers/board.ts';
import { connect, processed, RawSocket, synced, wsUrl, type Client } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

/**
 * Retention on a workshop that held everything a workshop can hold, while people are still
 * connected: afterwards nothing of it is in any table, nor anywhere in the bytes of the database
 * files, and its sockets are closed for good.
 */

const RETENTION_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;
/** Every text of the doomed workshop starts with this; no other text anywhere does. */
const CANARY = `RETENTION-CANARY-${randomBytes(6).toString('hex')}`;

let server: RunningServer;
let anna: Facilitator;
let doomed: { id: string; joinCode: string };
let kept: { id: string; joinCode: string };
let kemal: { participantId: string; token: string };
/** Everything that identifies the doomed workshop or its parts in the database. */
const needles: string[] = [CANARY];
const clients: Client[] = [];

function client(room: string, token: string): Client {
	const created = connect(server, room, token);
	clients.push(created);
	return created;
}

const dbFile = () => path.join(server.dataDir, 'pinnwand.sqlite');

/** The database file with its write-ahead log and shared-memory index, as they are on disk. */
function fileBytes(): Record<string, Buffer> {
	const files: Record<string, Buffer> = {};
	for (const suffix of ['', '-wal', '-shm']) {
		const file = dbFile() + suffix;
		if (fs.existsSync(file)) files[path.basename(file)] = fs.readFileSync(file);
	}
	return files;
}

/** Which needles occur in which file. */
function needlesInFiles(): string[] {
	return Object.entries(fileBytes()).flatMap(([name, bytes]) =>
		needles.filter((needle) => bytes.includes(Buffer.from(needle, 'utf8'))).map((needle) => `${name}: ${needle}`)
	);
}

/** Every row of every table (as sqlite_master lists them) that holds a needle in any column, text or blob. */
function rowsWithNeedles(): string[] {
	const db = new Database(dbFile(), { readonly: true, fileMustExist: true });
	try {
		const tables = db.prepare(`select name from sqlite_master where type = 'table'`).pluck().all() as string[];
		expect(tables).toEqual(expect.arrayContaining(['workshops', 'doc_updates', 'pending_cards', 'votes']));
		return tables.flatMap((table) =>
			(db.prepare(`select * from "${table}"`).all() as Record<string, unknown>[]).flatMap((row) => {
				const values = Object.values(row).map((v) => (Buffer.isBuffer(v) ? v : Buffer.from(String(v), 'utf8')));
				return needles.filter((needle) => values.some((v) => v.includes(Buffer.from(needle, 'utf8')))).map((n) => `${table}: ${n}`);
			})
		);
	} finally {
		db.close();
	}
}

/** The primary keys of a table's rows of one workshop (text ids, or numbers for logs). */
function rowIds(table: string, workshopId: string): unknown[] {
	const db = new Database(dbFile(), { readonly: true, fileMustExist: true });
	try {
		return db.prepare(`select id from "${table}" where workshop_id = ?`).pluck().all(workshopId);
	} finally {
		db.close();
	}
}

/** What a year going by changes for retention: the workshop's end lies further back than RETENTION_DAYS. */
function endedLongAgo(workshopId: string): void {
	const db = new Database(dbFile(), { fileMustExist: true });
	try {
		db.pragma('busy_timeout = 5000');
		db.prepare('update workshops set ended_at = ? where id = ?').run(Date.now() - (RETENTION_DAYS + 1) * DAY, workshopId);
	} finally {
		db.close();
	}
}

beforeAll(async () => {
	server = await startServer({ env: { RETENTION_DAYS: String(RETENTION_DAYS) } });
	anna = await facilitator(server, 'Anna');
	doomed = await createWorkshop(server, anna.token, { title: `${CANARY} Workshop`, municipality: `${CANARY} Stadt` });
	kept = await createWorkshop(server, anna.token, { title: 'Bleibt', municipality: 'Anderswo' });
	kemal = await join(server, doomed.joinCode, { name: `${CANARY} Kemal`, institution: `${CANARY} Jobcenter` });
	const lea = await join(server, doomed.joinCode, { name: `${CANARY} Lea` });
	needles.push(doomed.id, doomed.joinCode, kemal.participantId, lea.participantId);

	const workshopApi = (method: string, rest: string, body?: unknown, token = anna.token) =>
		api(server, method, `/api/workshops/${doomed.id}/${rest}`, { token, body });
	const ok = async (response: Promise<{ status: number; body: any }>) => {
		const { status, body } = await response;
		if (status >= 300) throw new Error(`${status} ${JSON.stringify(body)}`);
		return body;
	};

	const moderation = client(doomed.id, anna.token);
	const phone = client(doomed.id, kemal.token);
	await Promise.all([synced(moderation), synced(phone)]);

	// Sammeln: a card on the board, then silent Sammeln with one card waiting and one held back.
	await ok(workshopApi('POST', 'phase', { phase: 'sammeln' }));
	const cardId = value(addCard(phone.doc, { text: `${CANARY} Kita-Platz fehlt`, category: 'Sprache', authorKey: 'k' }));
	await processed(phone);
	await ok(workshopApi('POST', 'silent', { silent: true }));
	const waiting = await ok(workshopApi('POST', 'cards', { text: `${CANARY} wartet`, category: 'Sprache' }, kemal.token));
	const held = await ok(workshopApi('POST', 'cards', { text: `${CANARY} zurückgehalten`, category: 'Sprache' }, lea.token));
	await ok(workshopApi('PATCH', `cards/pending/${held.id}`, { heldBack: true }));

	// Clustern (a phase snapshot of the wall so far), with a Thema.
	await ok(workshopApi('POST', 'phase', { phase: 'clustern' }));
	const clusterId = value(createCluster(moderation.doc, { title: `${CANARY} Kinderbetreuung` }));
	value(moveCard(moderation.doc, cardId, { clusterId }));
	await processed(moderation);

	// Punkten: a round with votes, closed and revealed.
	await ok(workshopApi('POST', 'phase', { phase: 'punkten' }));
	await ok(workshopApi('POST', 'voting', { action: 'open' }));
	await ok(workshopApi('POST', 'votes', { targetId: clusterId, delta: 1 }, kemal.token));
	await ok(workshopApi('POST', 'voting', { action: 'close' }));
	await ok(workshopApi('POST', 'voting', { action: 'reveal' }));

	// Maßnahmen: one with a status change through the Kerngruppe's share link (status history).
	await ok(workshopApi('POST', 'phase', { phase: 'massnahmen' }));
	const actionId = value(addAction(moderation.doc, { title: `${CANARY} Kita-Plätze`, clusterId, owner: 'Jugendamt' }));
	await processed(moderation);
	const link = await ok(workshopApi('POST', 'share-links', { label: `${CANARY} Kerngruppe` }));
	const planChange = { status: 'in_progress', notes: `${CANARY} Notiz` };
	await ok(api(server, 'PATCH', `/api/plan/${link.token}/actions/${actionId}`, { body: planChange }));

	// The Beamer-Ansicht, connected as well.
	const viewer = await ok(workshopApi('POST', 'viewer-link'));
	await synced(client(doomed.id, viewer.token));

	await ok(workshopApi('POST', 'end'));
	await processed(moderation);
	needles.push(cardId, clusterId, actionId, waiting.id, held.id, link.id);
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	removeDataDir(server.dataDir);
});

describe('retention of a full workshop with people still connected', () => {
	it('holds all of it before the run, where the checks below look', () => {
		const tables = ['doc_updates', 'phase_log', 'pending_cards', 'voting_rounds', 'share_links', 'action_history', 'sessions'];
		for (const table of tables) {
			const ids = rowIds(table, doomed.id);
			expect(ids.length, table).toBeGreaterThan(0);
			// Hashed session tokens, round ids: ids the API never shows are needles as well.
			needles.push(...ids.filter((id): id is string => typeof id === 'string'));
		}
		expect(rowsWithNeedles()).toEqual(
			expect.arrayContaining([`votes: ${kemal.participantId}`, `doc_updates: ${CANARY}`, `pending_cards: ${CANARY}`])
		);
		// In the file or still in the WAL: the byte check would see it.
		expect(needlesInFiles().some((hit) => hit.endsWith(`: ${CANARY}`))).toBe(true);
		expect(needlesInFiles().some((hit) => hit.endsWith(`: ${doomed.id}`))).toBe(true);
		expect(clients.every((c) => c.provider.wsconnected)).toBe(true);
	});

	it('deletes it when run: sockets closed with 4404, nothing left in any table or byte of the database', async () => {
		endedLongAgo(doomed.id);
		server.process.kill('SIGUSR2');
		const ran = `Retention: deleted 1 workshop(s) ended more than ${RETENTION_DAYS} days ago`;
		await eventually(() => expect(server.output()).toContain(ran));

		// Every open socket (moderation, phone, Beamer) is closed as final, not to reconnect.
		await eventually(() => expect(clients.map((c) => c.closes)).toEqual(clients.map(() => [4404])));
		for (const c of clients) expect(c.provider.shouldConnect).toBe(false);
		expect(server.output()).toContain(`realtime ${doomed.id}: evicted`);

		// A new socket finds nothing: the facilitator has no such workshop (4403), the participant no session (4401).
		const verdict = async (token: string) => (await new RawSocket(wsUrl(server, `/ws/${doomed.id}?token=${token}`)).closed).code;
		expect(await verdict(anna.token)).toBe(4403);
		expect(await verdict(kemal.token)).toBe(4401);
		expect((await api(server, 'GET', `/api/workshops/${doomed.id}`, { token: anna.token })).status).toBe(404);
		expect(rowsWithNeedles()).toEqual([]);
		expect(needlesInFiles()).toEqual([]);

		// Nothing loaded it back into memory: not the attempts above, nor the presence update that the
		// closed sockets schedule. An absence shows only once that update's moment has passed.
		await new Promise((resolve) => setTimeout(resolve, 2 * PRESENCE_DELAY_MS));
		const afterEviction = server.output().split(`realtime ${doomed.id}: evicted`)[1]!;
		expect(afterEviction).not.toContain(`realtime ${doomed.id}:`);
		expect(needlesInFiles()).toEqual([]);
	});

	it('keeps the workshop that has not ended', async () => {
		expect((await api(server, 'GET', `/api/workshops/${kept.id}`, { token: anna.token })).status).toBe(200);
	});
});
