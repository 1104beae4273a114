import { describe, expect, it } from 'vitest';
import { phasesOf } from '../../src/lib/board/templates.ts';
import { ACTION_STATUSES } from '../../src/lib/server/export/report.ts';
import { ARABIC_GREETING, sampleReport } from '../helpers/sample-report.ts';

describe('WorkshopReport', () => {
	it('survives a JSON round trip unchanged, so it can be stored and used as a fixture', () => {
		const report = sampleReport({ cards: 500, clusters: 40, actions: 30 });
		expect(JSON.parse(JSON.stringify(report))).toEqual(report);
	});

	it('gives the sample what the renderer tests rely on', () => {
		const report = sampleReport({ cards: 500, clusters: 40, actions: 30 });
		const cards = [...report.clusters.flatMap((cluster) => cluster.cards), ...report.unsortedCards];
		expect(cards).toHaveLength(500);
		expect(report.clusters).toHaveLength(40);
		expect(new Set(report.clusters.map((cluster) => cluster.title)).size).toBe(40);
		expect(report.actions).toHaveLength(30);
		expect(report.unsortedCards.length).toBeGreaterThan(0);
		expect(report.actions.some((action) => action.due === null)).toBe(true);
		expect(report.actions.every((action) => ACTION_STATUSES.includes(action.status))).toBe(true);
		expect(report.phases.map((held) => held.phase)).toEqual([...phasesOf('starter')]);
		const [first, second] = report.votingRounds.at(-1)!.results;
		expect(first!.rank).toBe(second!.rank);
		const text = JSON.stringify(report);
		for (const name of ['Savaş Beltir', 'Kübra Öztürk', 'Łukasz', 'Олена', ARABIC_GREETING]) expect(text).toContain(name);
	});
});
