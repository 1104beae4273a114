import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, setTranslation } from '../../src/lib/board/cards.ts';
import { getCard } from '../../src/lib/board/selectors.ts';
import { api, createWorkshop, facilitator, join, type Facilitator } from '../helpers/api.ts';
import { startTranslator, type TestTranslator } from '../helpers/libretranslate.ts';
import { connect, processed, storedDoc, synced, type Client } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';
import { WORKSHOP_CARDS } from '../helpers/workshop-cards.ts';

const ARABIC = 'دورات اللغة B2 لديها قوائم انتظار طويلة';
const GERMAN = 'Sprachkurse B2 haben zu lange Wartelisten';

let translator: TestTranslator;
let server: RunningServer;
let anna: Facilitator;
let workshop: { id: string; joinCode: string };
let amira: { token: string };
let lea: { token: string };
const clients: Client[] = [];

const path = (rest: string) => `/api/workshops/${workshop.id}/${rest}`;
const translate = (body: unknown, token?: string) => api(server, 'POST', path('translate'), { token, body });

function client(token: string): Client {
	const created = connect(server, workshop.id, token);
	clients.push(created);
	return created;
}

beforeAll(async () => {
	translator = await startTranslator({ 'ar>de': { [ARABIC]: GERMAN } }, 'kreis-schluessel');
	server = await startServer({ env: { TRANSLATE_URL: translator.url, TRANSLATE_API_KEY: 'kreis-schluessel' } });
	anna = await facilitator(server, 'Anna');
	workshop = await createWorkshop(server, anna.token);
	amira = await join(server, workshop.joinCode, { name: 'Amira' });
	lea = await join(server, workshop.joinCode, { name: 'Lea' });
	await api(server, 'POST', path('phase'), { token: anna.token, body: { phase: 'sammeln' } });
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	removeDataDir(server.dataDir);
	await translator.close();
});

describe('a card in Arabic with a German translation', () => {
	it('is written by one participant, translated by another, and stored with both', async () => {
		const author = client(amira.token);
		const other = client(lea.token);
		await Promise.all([synced(author), synced(other)]);
		addCard(author.doc, { id: 'ar1', text: ARABIC, category: 'Sprache', authorKey: 'amira', lang: 'ar' });
		await eventually(() => expect(getCard(other.doc, 'ar1')?.text).toBe(ARABIC));
		expect(setTranslation(other.doc, 'ar1', 'de', GERMAN).ok).toBe(true);
		await processed(other);
		await eventually(() => expect(getCard(author.doc, 'ar1')?.translations).toEqual([{ lang: 'de', text: GERMAN, stale: false }]));
		await eventually(() => {
			const stored = storedDoc(server.dataDir, workshop.id);
			expect(getCard(stored, 'ar1')).toMatchObject({ text: ARABIC, lang: 'ar', translations: [{ lang: 'de', text: GERMAN }] });
		});
	});

	it('is clustered by its German text with the German cards about the same need', async () => {
		const moderation = client(anna.token);
		await synced(moderation);
		moderation.doc.transact(() => {
			for (const card of WORKSHOP_CARDS) addCard(moderation.doc, { ...card, authorKey: 'fixture', lang: 'de' });
		});
		await processed(moderation);
		const res = await api(server, 'GET', path('suggestions'), { token: anna.token });
		expect(res.status).toBe(200);
		const views = res.body.suggestions as { cards: { id: string; text: string }[] }[];
		const group = views.find((view) => view.cards.some((card) => card.id === 'ar1'));
		expect(group?.cards.map((card) => card.id)).toContain('s3');
		expect(group?.cards.find((card) => card.id === 'ar1')?.text).toBe(GERMAN);
	});
});

describe('POST /api/workshops/:id/translate', () => {
	it('asks the Kommune\'s LibreTranslate with its key and answers with the suggestion, storing nothing', async () => {
		const res = await translate({ text: ARABIC, source: 'ar', target: 'de' }, lea.token);
		expect(res).toMatchObject({ status: 200, body: { text: GERMAN, lang: 'de' } });
		expect(translator.requests.at(-1)).toEqual({ q: ARABIC, source: 'ar', target: 'de', format: 'text', api_key: 'kreis-schluessel' });
		expect((await translate({ text: 'Kitaplätze fehlen', source: 'de', target: 'uk' }, anna.token)).body.text).toBe('[uk] Kitaplätze fehlen');
	});

	it('is for the people on the board, and refuses what is not a translation request', async () => {
		expect((await translate({ text: ARABIC, source: 'ar', target: 'de' })).status).toBe(401);
		const viewer = (await api(server, 'POST', path('viewer-link'), { token: anna.token })).body.token as string;
		expect((await translate({ text: ARABIC, source: 'ar', target: 'de' }, viewer)).status).toBe(403);
		const asked = translator.requests.length;
		for (const [body, field, code] of [
			[{ text: ARABIC, source: 'xx', target: 'de' }, 'source', 'invalid'],
			[{ text: ARABIC, source: 'ar', target: 'ar' }, 'target', 'same_language'],
			[{ text: 'x'.repeat(281), source: 'de', target: 'ar' }, 'text', 'too_long'],
			[{ text: '  ', source: 'de', target: 'ar' }, 'text', 'required']
		] as const) {
			const res = await translate(body, lea.token);
			expect(res.status).toBe(400);
			expect(res.body.error.fields[field]).toBe(code);
		}
		expect(translator.requests.length).toBe(asked);
	});

	it('answers 502 when the translation service fails, and the next request goes through again', async () => {
		translator.failing = true;
		const res = await translate({ text: 'Wohnungen fehlen', source: 'de', target: 'ar' }, amira.token);
		expect(res.status).toBe(502);
		expect(res.body.error.code).toBe('translation_failed');
		translator.failing = false;
		expect((await translate({ text: 'Wohnungen fehlen', source: 'de', target: 'ar' }, amira.token)).status).toBe(200);
	});

	it('limits how often one person asks, for everyone else\'s sake', async () => {
		const kemal = await join(server, workshop.joinCode, { name: 'Kemal' });
		const answers = [];
		for (let i = 0; i < 31; i++) answers.push(await translate({ text: `Karte ${i}`, source: 'de', target: 'tr' }, kemal.token));
		expect(answers.slice(0, 30).every((a) => a.status === 200)).toBe(true);
		expect(answers[30]!.status).toBe(429);
		expect(Number(answers[30]!.headers.get('retry-after'))).toBeGreaterThan(0);
		expect((await translate({ text: 'Karte', source: 'de', target: 'tr' }, lea.token)).status).toBe(200);
	});
});

describe('without TRANSLATE_URL', () => {
	it('suggests no translations and asks no one', async () => {
		const plain = await startServer();
		try {
			const moderation = await facilitator(plain, 'Bea');
			const own = await createWorkshop(plain, moderation.token);
			const res = await api(plain, 'POST', `/api/workshops/${own.id}/translate`, {
				token: moderation.token,
				body: { text: 'Kitaplätze fehlen', source: 'de', target: 'ar' }
			});
			expect(res.status).toBe(404);
			expect(res.body.error.code).toBe('translation_off');
		} finally {
			await plain.stop();
			removeDataDir(plain.dataDir);
		}
	});
});

describe('a card handed in during silent Sammeln', () => {
	it('keeps its language when it is revealed', async () => {
		await api(server, 'POST', path('silent'), { token: anna.token, body: { silent: true } });
		const wrong = await api(server, 'POST', path('cards'), { token: amira.token, body: { text: ARABIC, category: 'Sprache', lang: 'xx' } });
		expect(wrong.status).toBe(400);
		expect(wrong.body.error.fields.lang).toBe('invalid');
		const sent = await api(server, 'POST', path('cards'), { token: amira.token, body: { text: 'نحتاج روضة أطفال', category: 'Sprache', lang: 'ar' } });
		expect(sent.status).toBe(201);
		expect((await api(server, 'POST', path('cards/reveal'), { token: anna.token, body: {} })).status).toBe(200);
		const watcher = client(anna.token);
		await synced(watcher);
		await eventually(() => expect(getCard(watcher.doc, sent.body.id)).toMatchObject({ text: 'نحتاج روضة أطفال', lang: 'ar' }));
	});
});
