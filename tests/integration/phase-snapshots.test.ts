import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { moveCard } from '../../src/lib/board/cards.ts';
import { cardsOf, deletedCards, listClusters } from '../../src/lib/board/selectors.ts';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { value } from '../helpers/board.ts';
import { addCard, connect, processed, storedDoc, synced } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let anna: Facilitator;

beforeAll(async () => {
	server = await startServer();
	anna = await facilitator(server, 'Anna');
});

afterAll(async () => {
	await server.stop();
	removeDataDir(server.dataDir);
});

const texts = (cards: { text: string }[]) => cards.map((c) => c.text);

describe('Frühere Stände: the wall at each phase change', () => {
	it('lists the wall of every phase change and restores one for every screen, later cards to the Papierkorb', async () => {
		const workshop = await createWorkshop(server, anna.token);
		const member = await join(server, workshop.joinCode);
		const setPhase = (phase: string) =>
			api(server, 'POST', `/api/workshops/${workshop.id}/phase`, { token: anna.token, body: { phase } });
		const phone = connect(server, workshop.id, member.token);
		onTestFinished(() => phone.destroy());
		await synced(phone);

		expect((await setPhase('sammeln')).status).toBe(200);
		addCard(phone.doc, 'c1', 'Kita-Plätze fehlen');
		addCard(phone.doc, 'c2', 'Sprachkurs mit Kinderbetreuung');
		await processed(phone);
		expect((await setPhase('clustern')).status).toBe(200);
		value(createCluster(phone.doc, { id: 'kita', title: 'Kinderbetreuung', now: 1 }));
		value(moveCard(phone.doc, 'c1', { clusterId: 'kita' }));
		addCard(phone.doc, 'c3', 'Später geschrieben');
		await processed(phone);

		expect((await setPhase('punkten')).status).toBe(200);

		const listed = await api(server, 'GET', `/api/workshops/${workshop.id}/snapshots`, { token: anna.token });
		expect(listed.status).toBe(200);
		expect(listed.body.snapshots).toMatchObject([
			{ phase: 'punkten', cards: 3, clusters: 1, themen: [{ title: 'Kinderbetreuung', cards: 1 }], unsorted: 2 },
			{ phase: 'clustern', cards: 2, clusters: 0, themen: [], unsorted: 2, at: expect.any(String) },
			{ phase: 'sammeln', cards: 0, clusters: 0, themen: [], unsorted: 0, at: expect.any(String) }
		]);
		const clusternStart = listed.body.snapshots[1].id;

		const restored = await api(server, 'POST', `/api/workshops/${workshop.id}/snapshots/${clusternStart}/restore`, {
			token: anna.token
		});
		expect(restored.status).toBe(200);
		expect(restored.body).toEqual({ changed: 1, removed: 2 });
		// A restore is no phase change: it keeps no state of its own, and the list stays as it was.
		const again = await api(server, 'GET', `/api/workshops/${workshop.id}/snapshots`, { token: anna.token });
		expect(again.body).toEqual(listed.body);
		await eventually(() => {
			expect(listClusters(phone.doc)).toEqual([]);
			expect(texts(cardsOf(phone.doc, null))).toEqual(['Kita-Plätze fehlen', 'Sprachkurs mit Kinderbetreuung']);
			expect(texts(deletedCards(phone.doc))).toEqual(['Später geschrieben']);
		});
		await eventually(() => expect(texts(cardsOf(storedDoc(server.dataDir, workshop.id), null))).toHaveLength(2));

		// The restore is an ordinary edit: the phone writes on as before.
		addCard(phone.doc, 'c4', 'Danach geschrieben');
		await eventually(() => expect(texts(cardsOf(storedDoc(server.dataDir, workshop.id), null))).toContain('Danach geschrieben'));
		expect(phone.closes).toEqual([]);
	});

	it('is for the Moderation of that workshop only, and says so for unknown snapshots and ended workshops', async () => {
		const workshop = await createWorkshop(server, anna.token);
		const other = await createWorkshop(server, anna.token);
		const member = await join(server, workshop.joinCode);
		await api(server, 'POST', `/api/workshops/${other.id}/phase`, { token: anna.token, body: { phase: 'sammeln' } });
		const foreign = (await api(server, 'GET', `/api/workshops/${other.id}/snapshots`, { token: anna.token })).body.snapshots[0].id;
		const restore = (id: string | number, token = anna.token) =>
			api(server, 'POST', `/api/workshops/${workshop.id}/snapshots/${id}/restore`, { token });

		expect((await api(server, 'GET', `/api/workshops/${workshop.id}/snapshots`, { token: member.token })).status).toBe(403);
		expect((await restore(foreign, member.token)).status).toBe(403);
		const outsider = await facilitator(server, 'Außen');
		expect((await api(server, 'GET', `/api/workshops/${workshop.id}/snapshots`, { token: outsider.token })).status).toBe(403);
		for (const id of [foreign, 'abc', '0', '99999999999999999999']) {
			const res = await restore(id);
			expect(res.status, String(id)).toBe(404);
			expect(res.body.error.code).toBe('not_found');
		}
		expect((await api(server, 'GET', `/api/workshops/${workshop.id}/snapshots`, { token: anna.token })).body).toEqual({ snapshots: [] });

		await api(server, 'POST', `/api/workshops/${workshop.id}/phase`, { token: anna.token, body: { phase: 'sammeln' } });
		const own = (await api(server, 'GET', `/api/workshops/${workshop.id}/snapshots`, { token: anna.token })).body.snapshots[0].id;
		await api(server, 'POST', `/api/workshops/${workshop.id}/end`, { token: anna.token });
		const ended = await restore(own);
		expect(ended.status).toBe(409);
		expect(ended.body.error.code).toBe('workshop_ended');
	});
});
