import { createHash } from 'node:crypto';
import { Histogram, type HistogramData } from './measure.ts';
import { parseCardKey } from './payloads.ts';
import type { ClientReport, GeneratorReport } from './plan.ts';
import type { ProcFigures } from './proc-stats.ts';
import type { RoomState } from './targets.ts';

/** Everything measured against one target. */
export interface Figures {
	target: string;
	clients: number;
	synced: number;
	connect: Histogram;
	/** The stock clients' share of `connect`. */
	connectStock: Histogram;
	editsSent: number;
	expected: number;
	delivered: number;
	edits: Histogram;
	cursorMoves: number;
	cursors: Histogram;
	cursorsSuperseded: number;
	cursorsUntimed: number;
	/** Pairs (receiver, other client) where the receiver does not see the other's last position. */
	presenceMissing: number;
	rooms: number;
	roomsConverged: number;
	/** Cards some client sent that the server's copy lacks. */
	serverMissing: number;
	closes: number;
	serverSocketErrors: number;
	server: ProcFigures;
	generators: ProcFigures[];
	loopDelayP99: number;
}

const hashOf = (cards: string[]) => createHash('sha1').update([...cards].sort().join('\n')).digest('hex');

/** Cards of others sent after `receiver` synced: what it must receive as forwarded changes. */
function expectedFor(receiver: ClientReport, room: ClientReport[]): number {
	let expected = 0;
	for (const sender of room) {
		if (sender === receiver) continue;
		for (const key of sender.sent) {
			if (receiver.syncedAt === null || parseCardKey(key)!.sentAt >= receiver.syncedAt) expected += 1;
		}
	}
	return expected;
}

/**
 * A room has converged when every client holds the same cards as the server's copy (the relay
 * keeps none: every card anyone sent) and every stock client the same state vector.
 */
function converged(room: ClientReport[], server: RoomState | null): boolean {
	const cards = server?.cards ?? room.flatMap((client) => client.sent);
	const hash = hashOf(cards);
	const vectors = room.filter((client) => client.stateVector !== null).map((client) => client.stateVector);
	const vector = server?.stateVector ?? vectors[0];
	return room.every((client) => client.cardsHash === hash) && vectors.every((v) => v === vector);
}

function presenceMissing(room: ClientReport[]): number {
	let missing = 0;
	for (const receiver of room) {
		for (const other of room) {
			if (other !== receiver && receiver.present[other.index] !== other.cursorSeq) missing += 1;
		}
	}
	return missing;
}

export function figures(input: {
	target: string;
	reports: GeneratorReport[];
	roomStates: (RoomState | null)[];
	server: ProcFigures;
	generators: ProcFigures[];
	serverSocketErrors: number;
}): Figures {
	const clients = input.reports.flatMap((report) => report.clients);
	const byRoom = new Map<number, ClientReport[]>();
	for (const client of clients) byRoom.set(client.room, [...(byRoom.get(client.room) ?? []), client]);
	const sum = (f: (report: GeneratorReport) => number) => input.reports.reduce((total, report) => total + f(report), 0);
	const merged = (pick: (report: GeneratorReport) => HistogramData) => {
		const histogram = new Histogram();
		for (const report of input.reports) histogram.add(pick(report));
		return histogram;
	};
	const connect = new Histogram();
	const connectStock = new Histogram();
	for (const client of clients) {
		if (client.connectMs === null) continue;
		connect.record(client.connectMs);
		if (client.kind === 'stock') connectStock.record(client.connectMs);
	}
	let expected = 0;
	let roomsConverged = 0;
	let missing = 0;
	let serverMissing = 0;
	for (const [room, members] of byRoom) {
		for (const receiver of members) expected += expectedFor(receiver, members);
		const state = input.roomStates[room] ?? null;
		if (converged(members, state)) roomsConverged += 1;
		missing += presenceMissing(members);
		if (state) {
			const held = new Set(state.cards);
			serverMissing += members.flatMap((client) => client.sent).filter((key) => !held.has(key)).length;
		}
	}
	return {
		target: input.target,
		clients: clients.length,
		synced: clients.filter((client) => client.syncedAt !== null).length,
		connect,
		connectStock,
		editsSent: clients.reduce((total, client) => total + client.sent.length, 0),
		expected,
		delivered: clients.reduce((total, client) => total + client.delivered, 0),
		edits: merged((report) => report.edits),
		cursorMoves: clients.reduce((total, client) => total + client.cursorSeq, 0),
		cursors: merged((report) => report.cursors),
		cursorsSuperseded: sum((report) => report.cursorsSuperseded),
		cursorsUntimed: sum((report) => report.cursorsUntimed),
		presenceMissing: missing,
		rooms: byRoom.size,
		roomsConverged,
		serverMissing,
		closes: clients.reduce((total, client) => total + client.closes.length, 0),
		serverSocketErrors: input.serverSocketErrors,
		server: input.server,
		generators: input.generators,
		loopDelayP99: Math.max(...input.reports.map((report) => report.loopDelayP99))
	};
}
