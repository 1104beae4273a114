import type * as Y from 'yjs';
import type { Card } from '../../board/schema.ts';
import { listActions, listClusters, wall } from '../../board/selectors.ts';
import { workshopGaps } from '../angebote/gaps.ts';
import { historyOf } from '../plan/action-history.ts';
import type { AppContext } from '../context.ts';
import { attendance } from '../workshop/institutions.ts';
import { phasesHeld } from '../workshop/phase-log.ts';
import { workshopBasics } from '../workshop/workshop-view.ts';
import { getWorkshop, listFacilitators, workshopSettings } from '../workshop/workshops.ts';
import { REPORT_VERSION, type ActionStatus, type ReportCard, type VotingRound, type WorkshopReport } from './report.ts';

type Context = Pick<AppContext, 'db' | 'rooms'>;

function boardPart(doc: Y.Doc, history: ReturnType<typeof historyOf>) {
	const card = ({ id, text, category, lang, translations }: Card): ReportCard => ({
		id,
		text,
		category,
		lang,
		translations: translations.map((translation) => ({ lang: translation.lang, text: translation.text }))
	});
	const { clusters, unsorted } = wall(doc);
	const titles = new Map(listClusters(doc).map((c) => [c.id, c.title]));
	return {
		clusters: clusters.map(({ cluster, cards }) => ({ id: cluster.id, title: cluster.title, cards: cards.map(card) })),
		unsortedCards: unsorted.map(card),
		actions: listActions(doc).map((action) => ({
			id: action.id,
			title: action.title,
			clusterId: action.clusterId,
			clusterTitle: action.clusterId ? (titles.get(action.clusterId) ?? null) : null,
			owner: action.owner,
			contact: action.contact,
			due: action.due,
			status: action.status,
			statusNote: action.statusNote,
			notes: action.notes,
			gap: action.gap,
			history: (history.get(action.id) ?? []).map((entry) => ({
				at: entry.at.toISOString(),
				by: entry.actor,
				from: (entry.from ?? 'open') as ActionStatus,
				to: entry.to as ActionStatus,
				note: entry.note
			}))
		}))
	};
}

/**
 * Everything the exports show about one workshop, read once: the database for the workshop,
 * its people and histories, the live board document for cards, clusters and Maßnahmen.
 */
export async function gatherReport(
	context: Context,
	workshopId: string,
	votingRounds: VotingRound[],
	now = new Date()
): Promise<WorkshopReport | null> {
	const workshop = getWorkshop(context.db, workshopId);
	if (!workshop) return null;
	const history = historyOf(context.db, workshopId);
	const board = await context.rooms.read(workshopId, 'board', (doc) => boardPart(doc, history));
	return {
		version: REPORT_VERSION,
		workshop: {
			...workshopBasics(workshop),
			facilitators: listFacilitators(context.db, workshopId).map((f) => f.name)
		},
		participation: attendance(context.db, workshopId),
		phases: phasesHeld(context.db, workshopId).map(({ phase, at }) => ({ phase, at: at.toISOString() })),
		categories: workshopSettings(workshop).categories,
		votingRounds,
		...board,
		gaps: await workshopGaps(context, workshop),
		generatedAt: now.toISOString()
	};
}
