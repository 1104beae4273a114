import { and, asc, desc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { PHASES, STATE_ROOT, type Phase } from '../../board/facilitator-state.ts';
import { restoreWall, type RestoreSummary } from '../../board/restore.ts';
import { wall } from '../../board/selectors.ts';
import type { AppContext } from '../context.ts';
import type { LiveWorkshop } from '../../realtime/RoomRegistry.ts';
import type { Db } from '../db/open.ts';
import { phaseLog } from '../db/schema.ts';

export interface PhaseHeld {
	phase: Phase;
	at: Date;
}

const isPhase = (value: unknown): value is Phase => (PHASES as readonly unknown[]).includes(value);

/**
 * Records every phase change of the state document, whoever makes it, together with a snapshot
 * of the board at that moment. Returns the function that stops watching.
 */
export function watchPhases<P>(db: Db, workshop: LiveWorkshop<P>, now: () => number = Date.now): () => void {
	const state = workshop.rooms.state.doc.getMap(STATE_ROOT);
	const observer = (event: Y.YMapEvent<unknown>) => {
		if (!event.keysChanged.has('phase')) return;
		const phase = state.get('phase');
		if (!isPhase(phase)) return;
		db.insert(phaseLog)
			.values({
				workshopId: workshop.id,
				phase,
				at: new Date(now()),
				boardSnapshot: Buffer.from(Y.encodeStateAsUpdate(workshop.rooms.board.doc))
			})
			.run();
	};
	state.observe(observer);
	return () => state.unobserve(observer);
}

export function phasesHeld(db: Db, workshopId: string): PhaseHeld[] {
	return db
		.select({ phase: phaseLog.phase, at: phaseLog.at })
		.from(phaseLog)
		.where(eq(phaseLog.workshopId, workshopId))
		.orderBy(asc(phaseLog.at), asc(phaseLog.id))
		.all()
		.filter((row): row is PhaseHeld => isPhase(row.phase));
}

/** The wall as it was when a phase began: what the Moderation may go back to. */
export interface PhaseSnapshot {
	id: number;
	phase: Phase;
	at: Date;
	cards: number;
	clusters: number;
	/** To look back before restoring: each Thema with how many cards it held, and the unsorted ones. */
	themen: { title: string; cards: number }[];
	unsorted: number;
}

function boardFrom(snapshot: Buffer): Y.Doc {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, snapshot);
	return doc;
}

/** Every phase change of a workshop, newest first, with how many cards and Themen the wall held. */
export function phaseSnapshots(db: Db, workshopId: string): PhaseSnapshot[] {
	const rows = db
		.select()
		.from(phaseLog)
		.where(eq(phaseLog.workshopId, workshopId))
		.orderBy(desc(phaseLog.at), desc(phaseLog.id))
		.all();
	return rows.flatMap((row) => {
		if (!isPhase(row.phase)) return [];
		const board = boardFrom(row.boardSnapshot);
		try {
			const { clusters, unsorted } = wall(board);
			const themen = clusters.map(({ cluster, cards }) => ({ title: cluster.title, cards: cards.length }));
			const cards = unsorted.length + themen.reduce((sum, thema) => sum + thema.cards, 0);
			return [{ id: row.id, phase: row.phase, at: row.at, cards, clusters: themen.length, themen, unsorted: unsorted.length }];
		} finally {
			board.destroy();
		}
	});
}

/**
 * Puts the wall back as it was at a phase change (`restoreWall`: forward edits, later cards and
 * Themen to the Papierkorb), in the live document, so every screen follows at once. Null when the
 * workshop has no such snapshot.
 */
export async function restorePhaseSnapshot(
	context: Pick<AppContext, 'db' | 'rooms'>,
	workshopId: string,
	snapshotId: number,
	now = Date.now()
): Promise<RestoreSummary | null> {
	const row = context.db
		.select({ boardSnapshot: phaseLog.boardSnapshot })
		.from(phaseLog)
		.where(and(eq(phaseLog.workshopId, workshopId), eq(phaseLog.id, snapshotId)))
		.get();
	if (!row) return null;
	const then = boardFrom(row.boardSnapshot);
	try {
		return await context.rooms.change(workshopId, 'board', (doc) => restoreWall(doc, then, now));
	} finally {
		then.destroy();
	}
}
