import { describe, expect, it } from 'vitest';
import { ConnectionStatus } from '../../src/lib/state/ConnectionStatus.svelte.ts';

describe('ConnectionStatus', () => {
	it('goes connecting → online → offline and back, and starts offline without a network', () => {
		const status = new ConnectionStatus();
		expect(status.state).toBe('connecting');
		status.synced();
		expect(status.state).toBe('online');
		status.closed(1012);
		expect(status.state).toBe('offline');
		status.synced();
		status.wentOffline();
		expect(status.state).toBe('offline');
		expect(new ConnectionStatus(false).state).toBe('offline');
	});

	it.each([4401, 4403, 4404])('treats close code %i as final: expired, whatever comes after', (code) => {
		const status = new ConnectionStatus();
		status.synced();
		status.closed(code);
		expect(status.state).toBe('expired');
		expect(status.closeCode).toBe(code);
		status.synced();
		status.closed(1006);
		status.wentOffline();
		expect(status.state).toBe('expired');
	});

	it('counts local changes until the server confirms them, never below zero', () => {
		const status = new ConnectionStatus();
		status.localChange();
		status.localChange();
		const mark = status.changeCount;
		status.localChange();
		expect(status.pending).toBe(3);
		status.confirm(mark);
		expect(status.pending).toBe(1);
		status.confirm(1);
		expect(status.pending).toBe(1);
		status.confirm(99);
		expect(status.pending).toBe(0);
	});
});
