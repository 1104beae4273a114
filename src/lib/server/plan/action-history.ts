import { asc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { decodeActor, encodeActor, type HistoryActor } from '../../board/history-actor.ts';
import type { InstitutionGroups } from '../../board/institution-groups.ts';
import { isActionStatus, rootMap } from '../../board/schema.ts';
import type { LiveWorkshop } from '../../realtime/RoomRegistry.ts';
import type { Db } from '../db/open.ts';
import { actionHistory, participants, users } from '../db/schema.ts';
import type { Principal } from '../rooms/authenticate.ts';
import { workshopInstitutions } from '../workshop/institutions.ts';
import { getWorkshop, workshopSettings } from '../workshop/workshops.ts';

/**
 * The origin of a server transaction made on someone's behalf (a share link, a form). A plain
 * object with a registered symbol, not a class: the SvelteKit bundle and server/ each load their
 * own copy of this module, and `instanceof` would not see across them.
 */
const ACTING_AS = Symbol.for('pinnwand.acting-as');
export interface ActingAs {
	[ACTING_AS]: true;
	actor: HistoryActor;
}

export function actingAs(actor: HistoryActor): ActingAs {
	return { [ACTING_AS]: true, actor };
}

function isActingAs(origin: unknown): origin is ActingAs {
	return typeof origin === 'object' && origin !== null && ACTING_AS in origin;
}

export interface HistoryEntry {
	at: Date;
	actor: HistoryActor;
	from: string | null;
	to: string;
	/** The statusNote the change left: why it is stuck, how far it got; '' for none. */
	note: string;
}

/**
 * Who changed it, as the Kerngruppe may know it: a facilitator by name; a participant by name
 * only where the workshop shows names, otherwise by institution (or not at all).
 */
function actorOf(db: Db, workshopId: string, origin: unknown): HistoryActor {
	if (isActingAs(origin)) return origin.actor;
	const principal = (origin as { principal?: Principal } | null)?.principal;
	if (principal?.userId) {
		const user = db.select({ name: users.name }).from(users).where(eq(users.id, principal.userId)).get();
		return user ? { kind: 'person', name: user.name } : { kind: 'board' };
	}
	if (principal?.participantId) {
		const person = db.select().from(participants).where(eq(participants.id, principal.participantId)).get();
		const workshop = getWorkshop(db, workshopId);
		const anonymous = !workshop || workshopSettings(workshop).anonymous;
		if (person && !anonymous) return { kind: 'person', name: person.name };
		return { kind: 'participant', institution: person?.institution || null };
	}
	return { kind: 'board' };
}

/**
 * Watches a live board for status changes and new progress notes of Maßnahmen, whoever makes them
 * (a socket, a form, a share link), and writes each to the history. Returns the function that stops watching.
 */
export function watchActionStatus(db: Db, workshop: LiveWorkshop<Principal>, now: () => number = Date.now): () => void {
	const actions = rootMap(workshop.rooms.board.doc, 'actions');
	const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
		for (const event of events) {
			if (!(event.target instanceof Y.Map) || event.target.parent !== actions) continue;
			const statusChange = event.changes.keys.get('status');
			const noteChange = event.changes.keys.get('statusNote');
			const to = event.target.get('status');
			const note = event.target.get('statusNote');
			const actionId = event.path[0];
			if (!isActionStatus(to) || typeof actionId !== 'string') continue;
			const changedStatus = statusChange?.action === 'update' && statusChange.oldValue !== to;
			// A new progress note under the same status is news for the Kerngruppe too; a cleared one is not.
			const notedProgress = noteChange !== undefined && !statusChange && typeof note === 'string' && note !== '';
			if (!changedStatus && !notedProgress) continue;
			db.insert(actionHistory)
				.values({
					workshopId: workshop.id,
					actionId,
					at: new Date(now()),
					actor: encodeActor(actorOf(db, workshop.id, transaction.origin)),
					fromStatus: !changedStatus ? to : typeof statusChange.oldValue === 'string' ? statusChange.oldValue : null,
					toStatus: to,
					note: typeof note === 'string' ? note : ''
				})
				.run();
		}
	};
	actions.observeDeep(observer);
	return () => actions.unobserveDeep(observer);
}

/**
 * A participant's institution is stored as it was, and shown by the K rule as it is now: below K
 * people the change is a plain "Teilnehmende(r)", like one by someone who gave no institution.
 */
function shownActor(actor: HistoryActor, groups: InstitutionGroups): HistoryActor {
	if (actor.kind !== 'participant' || actor.institution === null) return actor;
	return { kind: 'participant', institution: groups.label(actor.institution) };
}

/** The status history of every Maßnahme of a workshop, oldest first, as it may be shown. */
export function historyOf(db: Db, workshopId: string): Map<string, HistoryEntry[]> {
	const rows = db
		.select()
		.from(actionHistory)
		.where(eq(actionHistory.workshopId, workshopId))
		.orderBy(asc(actionHistory.at), asc(actionHistory.id))
		.all();
	const groups = workshopInstitutions(db, workshopId);
	const byAction = new Map<string, HistoryEntry[]>();
	for (const row of rows) {
		const list = byAction.get(row.actionId) ?? [];
		list.push({
			at: row.at,
			actor: shownActor(decodeActor(row.actor), groups),
			from: row.fromStatus,
			to: row.toStatus,
			note: row.note
		});
		byAction.set(row.actionId, list);
	}
	return byAction;
}
