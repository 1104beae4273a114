import { encodeBase64 } from '@oslojs/encoding';
import { asc, eq } from 'drizzle-orm';
import type * as Y from 'yjs';
import type { AppContext } from '../context.ts';
import { encodeActor } from '../../board/history-actor.ts';
import { participants, pendingCards, phaseLog } from '../db/schema.ts';
import { historyOf } from '../plan/action-history.ts';
import { roundTally } from '../voting/round-tally.ts';
import { listRounds } from '../voting/rounds.ts';
import { workshopInstitutions } from '../workshop/institutions.ts';
import { workshopBasics } from '../workshop/workshop-view.ts';
import { getWorkshop, listFacilitators, workshopSettings } from '../workshop/workshops.ts';
import { exportAngebote } from './angebote-transfer.ts';
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
	const settings = workshopSettings(workshop);
	const rounds = listRounds(db, workshopId);
	const groups = workshopInstitutions(db, workshopId);
	const shownPerson = (p: { name: string; institution: string }) =>
		settings.anonymous ? { name: '', institution: groups.label(p.institution) ?? '' } : { name: p.name, institution: p.institution };
	return {
		format: TRANSFER_FORMAT,
		version: TRANSFER_VERSION,
		exportedAt: iso(now),
		workshop: {
			...workshopBasics(workshop),
			template: workshop.template,
			joinCode: workshop.joinCode,
			settings: sortedKeys(settings) as Record<string, unknown>,
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
			.map((p) => ({ ...shownPerson(p), authorKey: p.authorKey, createdAt: iso(p.createdAt) })),
		board,
		state,
		phases: db
			.select()
			.from(phaseLog)
			.where(eq(phaseLog.workshopId, workshopId))
			.orderBy(asc(phaseLog.at), asc(phaseLog.id))
			.all()
			.map((row) => ({ phase: row.phase, at: iso(row.at), boardSnapshot: encodeBase64(row.boardSnapshot) })),
		actionHistory: [...historyOf(db, workshopId)].flatMap(([actionId, entries]) =>
			entries.map((entry) => ({
				actionId,
				at: iso(entry.at),
				actor: encodeActor(entry.actor),
				from: entry.from,
				to: entry.to,
				note: entry.note
			}))
		).sort((a, b) => a.at.localeCompare(b.at)),
		pendingCards: db
			.select()
			.from(pendingCards)
			.where(eq(pendingCards.workshopId, workshopId))
			.orderBy(asc(pendingCards.createdAt), asc(pendingCards.authorKey), asc(pendingCards.text))
			.all()
			.map((card) => ({
				id: card.id,
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
			tally: roundTally(db, round, settings.minGroup)
		})),
		angebote: workshop.buendnisId ? [] : exportAngebote(db, { kind: 'workshop', id: workshop.id })
	};
}
