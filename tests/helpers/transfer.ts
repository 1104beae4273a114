/**
 * An export (of a workshop or a whole Bündnis) with what an import renews replaced by stable
 * placeholders: ids in order of first appearance, join codes, export times, phase snapshots
 * (binary, with ids inside). Two exports of the same content then compare equal.
 */
export function normaliseExport(data: Record<string, unknown>): unknown {
	const ids = new Map<string, string>();
	const stable = (value: string) => {
		if (!ids.has(value)) ids.set(value, `id${ids.size}`);
		return ids.get(value)!;
	};
	const json = JSON.parse(JSON.stringify(data));
	delete json.exportedAt;
	const workshops = json.format === 'pinnwand.buendnis' ? json.workshops : [json];
	for (const workshop of workshops) {
		delete workshop.exportedAt;
		workshop.workshop.id = stable(workshop.workshop.id);
		workshop.workshop.joinCode = 'CODE';
		for (const card of workshop.pendingCards) card.id = stable(card.id);
		for (const round of workshop.votingRounds) round.id = stable(round.id);
		for (const phase of workshop.phases) delete phase.boardSnapshot;
		for (const item of workshop.state.state?.review?.items ?? []) item.workshopId = stable(item.workshopId);
	}
	return json;
}
