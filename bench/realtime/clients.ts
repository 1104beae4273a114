import type * as Y from 'yjs';
import { addCard } from '../../tests/helpers/realtime.ts';
import { now } from './measure.ts';
import type { Observer } from './observer.ts';
import { cardKey } from './payloads.ts';
import type { ClientPlan, ClientReport } from './plan.ts';

/** What a generator does with a client of either kind. */
export interface BenchClient {
	/** Close codes of connections lost other than by our own hand. */
	readonly closes: number[];
	edit(): void;
	moveCursor(): void;
	report(): ClientReport;
	destroy(): void;
}

export function socketUrl(plan: ClientPlan): string {
	const query = plan.token ? `?${new URLSearchParams({ token: plan.token })}` : '';
	return `${plan.serverUrl}/${plan.roomName}${query}`;
}

/** A client's report: what its observer saw, and what only the client itself knows. */
export function clientReport(
	plan: ClientPlan,
	observer: Observer,
	own: Pick<ClientReport, 'kind' | 'sent' | 'stateVector' | 'cursorSeq' | 'present' | 'closes'>
): ClientReport {
	return {
		index: plan.index,
		room: plan.room,
		connectMs: observer.connectMs,
		syncedAt: observer.syncedAt,
		delivered: observer.delivered,
		cardsHash: observer.cardsHash(),
		cardCount: observer.cards.size,
		...own
	};
}

/** One edit: a schema-v1 card whose key carries the writer and the send time. */
export function writeCard(doc: Y.Doc, client: number, sent: string[], observer: Observer): void {
	const key = cardKey(client, sent.length + 1, now());
	sent.push(key);
	observer.cards.add(key);
	addCard(doc, key, `Karte ${sent.length} von Teilnehmer ${client}`, `author-${client}`);
}
