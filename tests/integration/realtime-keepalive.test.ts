import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEEPALIVE_MESSAGE } from '../../src/lib/realtime/Connection.ts';
import { createWorkshop, facilitator, type Facilitator } from '../helpers/api.ts';
import { connect, RawSocket, synced, wsUrl } from '../helpers/realtime.ts';
import { eventually } from '../helpers/retry.ts';
import { removeDataDir, startServer, type RunningServer } from '../helpers/server.ts';

const KEEPALIVE_MS = 200;
let server: RunningServer;
let anna: Facilitator;

beforeAll(async () => {
	server = await startServer({ env: { WS_KEEPALIVE_MS: String(KEEPALIVE_MS) } });
	anna = await facilitator(server, 'Anna');
});

afterAll(async () => {
	await server.stop();
	removeDataDir(server.dataDir);
});

const isKeepalive = (message: Uint8Array) =>
	message.length === KEEPALIVE_MESSAGE.length && message.every((byte, i) => byte === KEEPALIVE_MESSAGE[i]);

describe('keepalive', () => {
	it('sends a quiet client something every interval, which the stock client counts as traffic', async () => {
		const workshop = await createWorkshop(server, anna.token);
		const quiet = new RawSocket(wsUrl(server, `/ws/${workshop.id}?token=${anna.token}`));
		const arrivals: number[] = [];
		quiet.socket.on('message', (data: Buffer) => {
			if (isKeepalive(new Uint8Array(data))) arrivals.push(Date.now());
		});
		expect(await quiet.until(() => arrivals.length >= 6)).toBe(true);
		const gaps = arrivals.slice(1).map((at, i) => at - arrivals[i]!);
		console.log(`keepalive every ${KEEPALIVE_MS} ms: gaps ${gaps.join(', ')} ms`);
		expect(Math.max(...gaps)).toBeLessThan(3 * KEEPALIVE_MS);
		quiet.close();

		const stock = connect(server, `${workshop.id}/state`, anna.token);
		await synced(stock);
		const syncedAt = stock.provider.wsLastMessageReceived;
		await eventually(() =>
			expect(stock.provider.wsLastMessageReceived).toBeGreaterThanOrEqual(syncedAt + 3 * KEEPALIVE_MS)
		);
		expect(stock.provider.wsconnected).toBe(true);
		stock.destroy();
	});

	it('drops a peer that stops answering pings', async () => {
		const workshop = await createWorkshop(server, anna.token);
		const dead = new RawSocket(wsUrl(server, `/ws/${workshop.id}?token=${anna.token}`), { autoPong: false });
		expect(await dead.next(() => true)).not.toBeNull();
		expect((await dead.closed).code).toBe(1006);
		expect(server.output()).toContain('no pong, dropping socket');
	});
});
