import { RESIDENCE_STATUSES } from '../../../board/angebote.ts';
import { actorLabel } from '../../../board/history-actor.ts';
import { ACTION_STATUSES } from '../../../board/schema.ts';
import { toCsv, type CsvCell } from '../../export/csv.ts';
import { exportFormat, type ExportOptions } from '../../export/format.ts';
import { gapCellText } from '../../export/gaps.ts';
import { warningTexts, wayText } from './careers-text.ts';
import { sachberichtLabels, type SachberichtLocale } from './labels.ts';
import type { Sachbericht } from './report.ts';

/**
 * The Sachbericht for Excel: one block per section, a title row and a header row each, blocks
 * separated by an empty row, so it can be copied into the Land's form section by section.
 */
export function sachberichtCsv(report: Sachbericht, options: ExportOptions<SachberichtLocale>): string {
	const format = exportFormat(options);
	const { labels } = format;
	const words = sachberichtLabels(options.locale);
	const blocks: CsvCell[][][] = [
		[[words.title, report.buendnis.name], [words.period(format.date(report.period.from), format.date(report.period.to))]],
		[
			[words.workshopsHeld],
			[words.workshop, labels.date, labels.place, labels.participants],
			...report.workshops.map((w) => [w.title, format.date(w.date), w.place, w.participants])
		],
		[
			[words.participantsByInstitution],
			[words.institution, words.count],
			...report.participants.institutions.map((i) => [i.name ?? labels.otherInstitution, i.count])
		],
		[[words.needsByCategory], [labels.category, words.cards], ...report.needs.categories.map((c) => [c.category, c.cards])],
		[[words.themen], [labels.topic, words.workshop, words.cards], ...report.needs.themen.map((t) => [t.title, t.workshopTitle, t.cards])],
		[
			[words.actionsByStatus],
			[labels.status, words.count],
			...ACTION_STATUSES.map((s) => [labels.statuses[s], report.actions.byStatus[s]]),
			[words.overdue, report.actions.overdue],
			['%', report.actions.donePercent]
		],
		[[words.timeline], [words.month, ...ACTION_STATUSES.map((s) => labels.statuses[s])], ...report.timeline.map((m) => [m.month, ...ACTION_STATUSES.map((s) => m.counts[s])])],
		[
			[words.changes],
			[words.when, words.workshop, labels.action, words.change, labels.notes, words.by],
			...report.changes.map((c) => [
				format.dateTime(c.at),
				c.workshopTitle,
				c.title,
				c.from === c.to ? labels.statuses[c.to] : `${labels.statuses[c.from]} → ${labels.statuses[c.to]}`,
				c.note,
				actorLabel(c.by, labels.historyActor)
			])
		]
	];
	blocks.push([
		[labels.gaps],
		[labels.topic, ...RESIDENCE_STATUSES.map((status) => labels.residence[status])],
		...report.gaps.map((row) => [
			row.thema,
			...RESIDENCE_STATUSES.map((status) => {
				const { count, more } = gapCellText(format, row.cells[status]);
				return more.length ? `${count} (${more.join('; ')})` : count;
			})
		])
	]);
	blocks.push([
		[words.careers],
		...(report.careers === null
			? [[words.careersUndescribed]]
			: [
					[labels.topic, words.ways, words.warnings],
					...report.careers.flatMap((career) => [
						...career.chains.map((chain) => [career.thema, wayText(chain, words), '']),
						...(career.moreChains ? [[career.thema, words.moreWays(career.moreChains), '']] : []),
						...warningTexts(career, words).map((text) => [career.thema, '', text])
					])
				])
	]);
	return toCsv(blocks.flatMap((block, i) => (i === 0 ? block : [[], ...block])));
}
