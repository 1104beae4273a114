import { asc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { PHASES, STATE_ROOT, type Phase } from '../board/facilitator-state.ts';
import type { LiveWorkshop } from '../realtime/RoomRegistry.ts';
import type { Db } from './db/open.ts';
import { phaseLog } from './db/schema.ts';

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
