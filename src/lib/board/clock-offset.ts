/**
 * How far a client's clock is off the server's, from a few requests to `GET /api/time`, the way
 * NTP estimates it: the server read its clock somewhere between sending and receiving, most likely
 * in the middle; the sample with the shortest round trip bounds the error best (± half of it).
 */

export interface ClockSample {
	/** Client clock when the request left. */
	sentAt: number;
	/** Client clock when the answer arrived. */
	receivedAt: number;
	/** Server clock in the answer. */
	serverNow: number;
}

/** Milliseconds to add to the client's clock to get the server's; 0 without usable samples. */
export function clockOffset(samples: readonly ClockSample[]): number {
	let best: ClockSample | null = null;
	for (const sample of samples) {
		const trip = sample.receivedAt - sample.sentAt;
		if (trip < 0 || !Number.isFinite(trip) || !Number.isFinite(sample.serverNow)) continue;
		if (!best || trip < best.receivedAt - best.sentAt) best = sample;
	}
	if (!best) return 0;
	return Math.round(best.serverNow - (best.sentAt + best.receivedAt) / 2);
}
