import { count, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { createSession, generateSessionToken, type Participant } from './session.ts';
import type { Db } from '../db/open.ts';
import { participants } from '../db/schema.ts';
import { randomId } from '../db/ids.ts';
import type { Person } from '../rooms/presence.ts';
import { randomPseudonym } from './pseudonyms.ts';
import { optionalText } from '../http/validation.ts';

export const JoinInput = v.object({
	code: v.pipe(v.string('code:required'), v.trim(), v.nonEmpty('code:required'), v.maxLength(20, 'code:too_long')),
	name: optionalText('name', 60),
	institution: optionalText('institution', 100)
});

export interface Joined {
	participant: Participant;
	token: string;
	expiresAt: Date;
}

/** Creates an anonymous participant of one workshop and a session scoped to it. */
export function joinWorkshop(
	db: Db,
	workshopId: string,
	input: { name: string; institution: string }
): Joined {
	// better-sqlite3 runs the transaction on the one connection, so `db` inside it is part of it.
	return db.transaction(() => {
		const participant: Participant = {
			id: randomId(),
			workshopId,
			name: input.name || randomPseudonym(),
			institution: input.institution,
			authorKey: randomId().slice(0, 12),
			createdAt: new Date()
		};
		db.insert(participants).values(participant).run();
		const token = generateSessionToken();
		const session = createSession(db, token, { kind: 'participant', workshopId, participantId: participant.id });
		return { participant, token, expiresAt: session.expiresAt };
	});
}

/** Every participant of a workshop as presence needs them (never sent to clients as such). */
export function listPeople(db: Db, workshopId: string): Person[] {
	return db
		.select({
			participantId: participants.id,
			name: participants.name,
			institution: participants.institution,
			authorKey: participants.authorKey
		})
		.from(participants)
		.where(eq(participants.workshopId, workshopId))
		.all();
}

export function countParticipants(db: Db, workshopId: string): number {
	return db.select({ n: count() }).from(participants).where(eq(participants.workshopId, workshopId)).get()?.n ?? 0;
}
