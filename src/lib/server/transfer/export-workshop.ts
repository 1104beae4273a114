import { encodeBase64 } from '@oslojs/encoding';
import { asc, eq, inArray } from 'drizzle-orm';
import type * as Y from 'yjs';
import type { AppContext } from '../context.ts';
import { actionHistory, participants, pendingCards, phaseLog, votes, votingRounds } from '../db/schema.ts';
import { workshopBasics } from '../workshop/workshop-view.ts';
import { getWorkshop, listFacilitators } from '../workshop/workshops.ts';
import { sortedKeys, TRANSFER_FORMAT, TRANSFER_VERSION, type WorkshopTransfer } from './format.ts';

type Context = Pick<AppContext, 'db' | 'rooms'>;

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => date?.toISOString() ?? null;

/** Every root of a document as plain JSON, keys sorted. */
export function documentJson(doc: Y.Doc): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const name of [...doc.share.keys()].sort()) out[name] = sortedKeys(doc.getMap(name).toJSON());
	return out;
}

/** The complete JSON of a workshop (see format.ts); null for an unknown id. */
export async function exportWorkshop(context: Context, workshopId: string, now = new Date()): Promise<WorkshopTransfer | null> {
	const { db, rooms } = context;
	const workshop = getWorkshop(db, workshopId);
	if (!workshop) return null;
	const board = await rooms.read(workshopId, 'board', documentJson);
	const state = await rooms.read(workshopId, 'state', documentJson);
	const rounds = db.select().from(votingRounds).where(eq(votingRounds.workshopId, workshopId)).orderBy(asc(votingRounds.number)).all();
	const roundVotes = rounds.length
		? db
				.select()
				.from(votes)
				.where(inArray(votes.roundId, rounds.map((r) => r.id)))
				.orderBy(asc(votes.roundId), asc(votes.participantId), asc(votes.targetId))
				.all()
		: [];
	return {
		format: TRANSFER_FORMAT,
		version: TRANSFER_VERSION,
		exportedAt: iso(now),
		workshop: {
			...workshopBasics(workshop),
			template: workshop.template,
			joinCode: workshop.joinCode,
			settings: sortedKeys(workshop.settings) as Record<string, unknown>,
			startedAt: isoOrNull(workshop.startedAt),
			endedAt: isoOrNull(workshop.endedAt),
			createdAt: iso(workshop.createdAt)
		},
		facilitators: listFacilitators(db, workshopId).map((f) => ({ name: f.name, email: f.email, owner: f.id === workshop.ownerId })),
		participants: db
			.select()
			.from(participants)
			.where(eq(participants.workshopId, workshopId))
			// Ties broken by what an import keeps (not the ids it renews), so re-exports compare equal.
			.orderBy(asc(participants.createdAt), asc(participants.authorKey))
			.all()
			.map((p) => ({ id: p.id, name: p.name, institution: p.institution, authorKey: p.authorKey, createdAt: iso(p.createdAt) })),
		board,
		state,
		phases: db
			.select()
			.from(phaseLog)
			.where(eq(phaseLog.workshopId, workshopId))
			.orderBy(asc(phaseLog.at), asc(phaseLog.id))
			.all()
			.map((row) => ({ phase: row.phase, at: iso(row.at), boardSnapshot: encodeBase64(row.boardSnapshot) })),
		actionHistory: db
			.select()
			.from(actionHistory)
			.where(eq(actionHistory.workshopId, workshopId))
			.orderBy(asc(actionHistory.at), asc(actionHistory.id))
			.all()
			.map((row) => ({ actionId: row.actionId, at: iso(row.at), actor: row.actor, from: row.fromStatus, to: row.toStatus })),
		pendingCards: db
			.select()
			.from(pendingCards)
			.where(eq(pendingCards.workshopId, workshopId))
			.orderBy(asc(pendingCards.createdAt), asc(pendingCards.authorKey), asc(pendingCards.text))
			.all()
			.map((card) => ({
				id: card.id,
				participantId: card.participantId,
				authorKey: card.authorKey,
				text: card.text,
				category: card.category,
				heldBack: card.heldBack,
				revealedAt: isoOrNull(card.revealedAt),
				createdAt: iso(card.createdAt)
			})),
		votingRounds: rounds.map((round) => ({
			id: round.id,
			number: round.number,
			budget: round.budget,
			maxPerTarget: round.maxPerTarget,
			targets: round.targets,
			status: round.status,
			openedAt: iso(round.openedAt),
			closedAt: isoOrNull(round.closedAt),
			revealedAt: isoOrNull(round.revealedAt),
			votes: roundVotes
				.filter((vote) => vote.roundId === round.id)
				.map(({ participantId, targetId, count }) => ({ participantId, targetId, count }))
		}))
	};
}
