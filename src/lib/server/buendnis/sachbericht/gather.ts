import { angebotChains } from '../../../board/angebot-chains.ts';
import { calendarDay } from '../../../board/plan-filter.ts';
import { DEFAULT_MIN_GROUP } from '../../../board/institution-groups.ts';
import type { AppContext } from '../../context.ts';
import { listAngebote } from '../../angebote/angebote.ts';
import { ownerGaps } from '../../angebote/gaps.ts';
import { gatherReport } from '../../export/gather.ts';
import { workshopSettings } from '../../workshop/workshops.ts';
import { buendnisWorkshops, type BuendnisRow } from '../buendnisse.ts';
import { buildSachbericht, type Sachbericht } from './report.ts';

/**
 * Reads every workshop of the Bündnis into its report and builds the Sachbericht for the period.
 * A workshop counts as held on its date, or on the day it was started when it has none.
 */
export async function gatherSachbericht(
	context: Pick<AppContext, 'db' | 'rooms'>,
	buendnis: BuendnisRow,
	period: Sachbericht['period'],
	now = new Date()
): Promise<Sachbericht> {
	const rows = buendnisWorkshops(context.db, buendnis.id);
	const workshops = [];
	for (const row of rows) {
		const report = await gatherReport(context, row.id, [], now);
		if (report) workshops.push({ report, heldOn: row.date ?? (row.startedAt ? calendarDay(row.startedAt) : null) });
	}
	// The strictest K of its workshops: a Bündnis total never names a group one of them would hide.
	const owner = { kind: 'buendnis', id: buendnis.id } as const;
	const gaps = await ownerGaps(context, owner);
	const minGroup = rows.length ? Math.max(...rows.map((row) => workshopSettings(row).minGroup)) : DEFAULT_MIN_GROUP;
	return buildSachbericht({
		buendnis: { name: buendnis.name, municipality: buendnis.municipality, members: buendnis.members },
		period,
		workshops,
		minGroup,
		gaps,
		// The Themen of the Lückenanalyse, so the walls are read once for both.
		chains: angebotChains(
			gaps.map((row) => row.thema),
			listAngebote(context.db, owner)
		),
		generatedAt: now.toISOString()
	});
}
