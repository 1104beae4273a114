import { describe, expect, test } from 'vitest';
import { MyVotes } from '../../../src/lib/state/MyVotes.svelte.ts';

const rules = { maxPerTarget: 2 };

/**
 * A stand-in for the votes API holding one participant's Punkte with the server's rules, whose
 * answers wait until `flush` so a test can look at the state while requests travel.
 */
function fakeServer(budget = 3) {
	const mine: Record<string, number> = {};
	const waiting: (() => void)[] = [];
	const spent = () => Object.values(mine).reduce((a, b) => a + b, 0);
	const reply = (status: number, body: unknown) =>
		new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
	const fetcher = (async (_url: string, init?: RequestInit) => {
		if (!init) return reply(200, { mine: { ...mine }, lapsed: {}, remaining: budget - spent() });
		await new Promise<void>((resolve) => waiting.push(resolve));
		const { targetId, delta } = JSON.parse(String(init.body));
		if (targetId === 'gone') return reply(404, { error: { code: 'target_not_found', message: '' } });
		if (delta === 1 && spent() >= budget) return reply(409, { error: { code: 'budget_exhausted', message: '' } });
		mine[targetId] = (mine[targetId] ?? 0) + delta;
		if (mine[targetId] === 0) delete mine[targetId];
		return reply(200, { mine: { ...mine }, lapsed: {}, remaining: budget - spent() });
	}) as typeof fetch;
	/** Answers every request, the ones queued behind others too, until none is left. */
	async function flush() {
		const turn = () => new Promise((resolve) => setTimeout(resolve, 0));
		await turn();
		while (waiting.length > 0) {
			waiting.shift()!();
			await turn();
		}
	}
	return { fetcher, flush };
}

describe('MyVotes, the participant\'s own Punkte in the browser', () => {
	test('shows taps at once while they travel, then what the server answered', async () => {
		const server = fakeServer();
		const votes = new MyVotes('w', server.fetcher);
		await votes.load();
		expect(votes.remaining).toBe(3);
		const first = votes.give('a', rules);
		const second = votes.give('b', rules);
		expect([votes.count('a'), votes.count('b'), votes.remaining]).toEqual([1, 1, 1]);
		await server.flush();
		expect(await Promise.all([first, second])).toEqual([null, null]);
		expect([votes.count('a'), votes.count('b'), votes.remaining]).toEqual([1, 1, 1]);
	});

	test('refuses without asking what the rules already forbid', async () => {
		const server = fakeServer(2);
		const votes = new MyVotes('w', server.fetcher);
		await votes.load();
		void votes.give('a', rules);
		void votes.give('a', rules);
		expect(await votes.give('a', rules)).toBe('budget_exhausted');
		await server.flush();
		void votes.takeBack('a');
		await server.flush();
		expect(await votes.give('b', { maxPerTarget: 0 })).toBe('target_max');
		expect(votes.error).toBe('target_max');
		expect(await votes.takeBack('nothing-here')).toBeNull();
	});

	test('a refusal made while an earlier tap travels stays when that tap is answered', async () => {
		const server = fakeServer();
		const votes = new MyVotes('w', server.fetcher);
		await votes.load();
		void votes.give('a', rules);
		await server.flush();
		void votes.takeBack('a');
		expect(await votes.give('b', { maxPerTarget: 0 })).toBe('target_max');
		await server.flush();
		expect([votes.count('a'), votes.remaining, votes.error]).toEqual([0, 3, 'target_max']);
		void votes.give('a', rules);
		expect(votes.error).toBeNull();
	});

	test('undoes a refused tap and keeps the reason', async () => {
		const server = fakeServer();
		const votes = new MyVotes('w', server.fetcher);
		await votes.load();
		const tap = votes.give('gone', rules);
		expect(votes.count('gone')).toBe(1);
		await server.flush();
		expect(await tap).toBe('target_not_found');
		expect([votes.count('gone'), votes.remaining, votes.error]).toEqual([0, 3, 'target_not_found']);
	});

	test('a lost connection is an error, and the tap is undone', async () => {
		const server = fakeServer();
		const offline = (async (url: string, init?: RequestInit) => {
			if (init) throw new TypeError('offline');
			return server.fetcher(url);
		}) as typeof fetch;
		const votes = new MyVotes('w', offline);
		await votes.load();
		expect(await votes.give('a', rules)).toBe('failed');
		expect([votes.count('a'), votes.remaining]).toEqual([0, 3]);
	});
});
