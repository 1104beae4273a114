import { describe, expect, it } from 'vitest';
import { addCard } from '../../src/lib/board/cards.ts';
import { createCluster } from '../../src/lib/board/clusters.ts';
import { api, createWorkshop, facilitator } from '../helpers/api.ts';
import { germanExcelCsv } from '../helpers/angebote-list.ts';
import { value } from '../helpers/board.ts';
import { connect, processed, synced } from '../helpers/realtime.ts';
import { useServerWithFacilitator } from '../helpers/use-server.ts';

const given = useServerWithFacilitator();

/** A Bündnis whose workshop wall holds the Thema "Sprachkurse" with two cards, and three Angebote imported as a list. */
async function scene() {
	const token = given.facilitator.token;
	const buendnis = (await api(given.server, 'POST', '/api/buendnisse', { token, body: { name: 'Bündnis Musterstadt' } })).body.id as string;
	const workshop = await createWorkshop(given.server, token, { title: 'STARTER' });
	const client = connect(given.server, workshop.id, token);
	await synced(client);
	const clusterId = value(createCluster(client.doc, { title: 'Sprachkurse' }));
	for (const text of ['Deutschkurs auch für Geduldete', 'Sprachkurs abends']) value(addCard(client.doc, { text, category: 'Sprache', authorKey: 'fixture', clusterId }));
	await processed(client);
	client.destroy();
	await api(given.server, 'PUT', `/api/workshops/${workshop.id}/buendnis`, { token, body: { buendnisId: buendnis } });
	const form = new FormData();
	const csv = germanExcelCsv(
		[
			['Deutschkurs B1 (VHS)', 'VHS', 'Vorbereitung auf die B1-Prüfung, abends'],
			['Bewerbungstraining', 'Jobcenter', 'Lebenslauf und Anschreiben gemeinsam schreiben'],
			['Sprachcafé', 'Ehrenamt', 'Deutsch sprechen in lockerer Runde']
		],
		['Titel', 'Träger', 'Beschreibung']
	);
	form.set('file', new File([new Uint8Array(csv)], 'angebote.csv'));
	const imported = await fetch(`${given.server.url}/api/buendnisse/${buendnis}/angebote/import`, { method: 'POST', headers: { authorization: `Bearer ${token}`, origin: given.server.url }, body: form });
	expect(imported.status).toBe(201);
	return buendnis;
}

describe('matching Angebote to Themen', () => {
	it('proposes, confirms into the categories and dismisses for good', async () => {
		const buendnis = await scene();
		const token = given.facilitator.token;
		const path = `/api/buendnisse/${buendnis}/angebote/matches`;
		const proposals = async () => (await api(given.server, 'GET', path, { token })).body.matches as { angebotId: string; angebotTitle: string; thema: string; reasons: string[] }[];

		const first = await proposals();
		expect(first.map((m) => m.angebotTitle).sort()).toEqual(['Deutschkurs B1 (VHS)', 'Sprachcafé']);
		expect(first.every((m) => m.thema === 'Sprachkurse' && m.reasons.includes('Sprache'))).toBe(true);
		const vhs = first.find((m) => m.angebotTitle === 'Deutschkurs B1 (VHS)')!;
		const cafe = first.find((m) => m.angebotTitle === 'Sprachcafé')!;

		const confirmed = await api(given.server, 'POST', path, { token, body: { angebotId: vhs.angebotId, thema: 'sprachkurse ', decision: 'confirm' } });
		expect(confirmed.status).toBe(200);
		expect(confirmed.body.angebot.categories).toEqual(['Sprachkurse']);
		const listed = (await api(given.server, 'GET', `/api/buendnisse/${buendnis}/angebote`, { token })).body.angebote;
		expect(listed.find((a: { id: string }) => a.id === vhs.angebotId).categories).toEqual(['Sprachkurse']);
		expect((await proposals()).map((m) => m.angebotId)).toEqual([cafe.angebotId]);

		const dismissed = await api(given.server, 'POST', path, { token, body: { angebotId: cafe.angebotId, thema: 'Sprachkurse', decision: 'dismiss' } });
		expect(dismissed.status).toBe(200);
		expect(dismissed.body.matches).toEqual([]);
		expect(await proposals()).toEqual([]);
		expect(listed.find((a: { id: string }) => a.id === cafe.angebotId).categories).toEqual([]);
	});

	it('refuses bad input, unknown Angebote and Themen, and other facilitators', async () => {
		const buendnis = await scene();
		const token = given.facilitator.token;
		const path = `/api/buendnisse/${buendnis}/angebote/matches`;
		const [match] = (await api(given.server, 'GET', path, { token })).body.matches;
		const bad = await api(given.server, 'POST', path, { token, body: { angebotId: match.angebotId, thema: 'Sprachkurse', decision: 'vielleicht' } });
		expect(bad.status).toBe(400);
		expect(bad.body.error.fields).toEqual({ decision: 'invalid' });
		expect((await api(given.server, 'POST', path, { token, raw: '{', headers: { 'content-type': 'application/json' } })).status).toBe(400);
		const noThema = await api(given.server, 'POST', path, { token, body: { angebotId: match.angebotId, thema: 'Wohnen', decision: 'confirm' } });
		expect(noThema.status).toBe(404);
		expect(noThema.body.error.fields).toEqual({ thema: 'not_found' });
		expect((await api(given.server, 'POST', path, { token, body: { angebotId: 'gibt-es-nicht', thema: 'Sprachkurse', decision: 'confirm' } })).status).toBe(404);
		const other = await facilitator(given.server, 'Fremd');
		expect((await api(given.server, 'GET', path, { token: other.token })).status).toBe(403);
		expect((await api(given.server, 'POST', path, { token: other.token, body: { angebotId: match.angebotId, thema: 'Sprachkurse', decision: 'confirm' } })).status).toBe(403);
		expect((await api(given.server, 'GET', path, { token })).body.matches).toHaveLength(2);
	});
});
