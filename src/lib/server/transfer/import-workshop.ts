import { decodeBase64 } from '@oslojs/encoding';
import * as v from 'valibot';
import * as Y from 'yjs';
import type { DocPersistence } from '../../realtime/persistence.ts';
import type { Db } from '../db/open.ts';
import { actionHistory, participants, pendingCards, phaseLog, votingRounds } from '../db/schema.ts';
import { randomId } from '../db/ids.ts';
import { deleteWorkshop, freeJoinCode, insertWorkshop, type WorkshopRow } from '../workshop/workshops.ts';
import { checkAngebote, restoreAngebote } from './angebote-transfer.ts';
import { BOARD_ENTRY_ROOTS, documentFromJson } from './documents.ts';
import { importAccounts } from './import-accounts.ts';
import { WorkshopTransfer } from './format.ts';

export type ImportResult =
	| { ok: true; workshopId: string; joinCode: string; facilitators: string[]; missingFacilitators: string[] }
	| { ok: false; error: string };

const date = (iso: string) => new Date(iso);
const dateOrNull = (iso: string | null) => (iso === null ? null : new Date(iso));

function problems(issues: v.BaseIssue<unknown>[]): string {
	return issues
		.slice(0, 5)
		.map((issue) => `${issue.path?.map((p) => String(p.key)).join('.') || '(file)'}: ${issue.message}`)
		.join('; ');
}

/**
 * Restores a workshop from its export as a new workshop: new ids for the workshop, its people,
 * held cards and rounds (so a file can be imported next to its original), a new join code, the
 * board and state documents rebuilt from their JSON, each round's result from its tally. Facilitators are matched by email; at least
 * one must have an account here (or pass `ownerEmail`). `buendnisId` puts it into a Bündnis
 * (import-buendnis.ts), and its own Angebote onto the Bündnis' list, as joining one does.
 */
export async function importWorkshop(
	db: Db,
	persistence: DocPersistence,
	input: unknown,
	options: { ownerEmail?: string; buendnisId?: string } = {}
): Promise<ImportResult> {
	const parsed = v.safeParse(WorkshopTransfer, input);
	if (!parsed.success) return { ok: false, error: `not a Pinnwand workshop export (${problems(parsed.issues)})` };
	const data = parsed.output;
	const angebote = checkAngebote(data.angebote);
	if (!angebote.ok) return angebote;

	const accounts = importAccounts(db, data.facilitators, options.ownerEmail);
	if (!accounts.ok) return accounts;
	const { owner, linked } = accounts;

	const row: WorkshopRow = {
		id: randomId(),
		title: data.workshop.title,
		municipality: data.workshop.municipality,
		date: data.workshop.date,
		place: data.workshop.place,
		template: data.workshop.template,
		joinCode: '',
		settings: data.workshop.settings,
		ownerId: owner.id,
		buendnisId: options.buendnisId ?? null,
		startedAt: dateOrNull(data.workshop.startedAt),
		endedAt: dateOrNull(data.workshop.endedAt),
		createdAt: date(data.workshop.createdAt)
	};
	const people = new Map(data.participants.map((p) => [p.authorKey, randomId()]));
	const person = (authorKey: string) => {
		const mapped = people.get(authorKey);
		if (!mapped) throw new ImportError(`a held card names author ${authorKey}, who is not in the file`);
		return mapped;
	};
	// A round still open at export has no per-person votes to continue from: it arrives closed.
	const closedAt = date(data.exportedAt);

	try {
		db.transaction(() => {
			row.joinCode = freeJoinCode(db);
			insertWorkshop(db, row, linked);
			for (const p of data.participants) {
				db.insert(participants)
					.values({ id: person(p.authorKey), workshopId: row.id, name: p.name, institution: p.institution, authorKey: p.authorKey, createdAt: date(p.createdAt) })
					.run();
			}
			for (const card of data.pendingCards) {
				db.insert(pendingCards)
					.values({
						id: randomId(),
						workshopId: row.id,
						participantId: person(card.authorKey),
						authorKey: card.authorKey,
						text: card.text,
						category: card.category,
						heldBack: card.heldBack,
						revealedAt: dateOrNull(card.revealedAt),
						createdAt: date(card.createdAt)
					})
					.run();
			}
			for (const round of data.votingRounds) {
				db.insert(votingRounds)
					.values({
						id: randomId(),
						workshopId: row.id,
						number: round.number,
						budget: round.budget,
						maxPerTarget: round.maxPerTarget,
						targets: round.targets,
						status: round.status === 'open' ? 'closed' : round.status,
						openedAt: date(round.openedAt),
						closedAt: round.status === 'open' ? closedAt : dateOrNull(round.closedAt),
						revealedAt: dateOrNull(round.revealedAt),
						importedTally: round.tally
					})
					.run();
			}
			for (const entry of data.actionHistory) {
				db.insert(actionHistory)
					.values({
						workshopId: row.id,
						actionId: entry.actionId,
						at: date(entry.at),
						actor: entry.actor,
						fromStatus: entry.from,
						toStatus: entry.to,
						note: entry.note
					})
					.run();
			}
			for (const held of data.phases) {
				db.insert(phaseLog)
					.values({ workshopId: row.id, phase: held.phase, at: date(held.at), boardSnapshot: Buffer.from(decodeBase64(held.boardSnapshot)) })
					.run();
			}
			restoreAngebote(db, row.buendnisId ? { kind: 'buendnis', id: row.buendnisId } : { kind: 'workshop', id: row.id }, angebote.angebote);
		});
	} catch (error) {
		if (error instanceof ImportError) return { ok: false, error: error.message };
		throw error;
	}

	try {
		const board = documentFromJson(data.board, BOARD_ENTRY_ROOTS);
		const state = documentFromJson(data.state, new Set());
		await persistence.append({ roomId: row.id, doc: 'board' }, [Y.encodeStateAsUpdate(board)]);
		await persistence.append({ roomId: row.id, doc: 'state' }, [Y.encodeStateAsUpdate(state)]);
	} catch (error) {
		deleteWorkshop(db, row.id);
		throw error;
	}
	return {
		ok: true,
		workshopId: row.id,
		joinCode: row.joinCode,
		facilitators: data.facilitators.map((f) => f.email).filter((email) => !accounts.missing.includes(email)),
		missingFacilitators: accounts.missing
	};
}

class ImportError extends Error {}
