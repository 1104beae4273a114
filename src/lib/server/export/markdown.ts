import { RESIDENCE_STATUSES } from '../../board/angebote.ts';
import { exportFormat, NOT_GIVEN, type ExportFormat, type ExportOptions } from './format.ts';
import { fromGapText, gapCellText } from './gaps.ts';
import { mdBlock, mdCell, mdInline } from './markdown-escape.ts';
import type { ReportCard, VotingRound, WorkshopReport } from './report.ts';

/** The Ergebnisprotokoll as Markdown (CommonMark with GFM tables), for wikis and e-mails. */
export function renderMarkdown(report: WorkshopReport, options: ExportOptions): string {
	const format = exportFormat(options);
	const sections = [cover(report, format), priorities(report, format), clusters(report, format), actions(report, format)];
	if (report.gaps.length > 0) sections.push(gaps(report, format));
	return `${sections.join('\n\n')}\n\n---\n\n_${format.labels.generated(format.dateTime(report.generatedAt))}_\n`;
}

function table(header: string[], rows: string[][], align: ('l' | 'r')[] = []): string {
	const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
	return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function cover({ workshop, participation, phases }: WorkshopReport, format: ExportFormat): string {
	const { labels, date, dateTime } = format;
	const facts = [
		[labels.municipality, workshop.municipality],
		[labels.date, date(workshop.date)],
		[labels.place, workshop.place],
		[labels.facilitators, workshop.facilitators.join(', ')],
		[labels.participants, String(participation.participants)]
	].map(([label, value]) => `- **${label}:** ${mdInline(value || NOT_GIVEN)}`);
	const institutions = participation.institutions.map(({ name, count }) => `- ${mdInline(name ?? labels.otherInstitution)}: ${count}`);
	const held = phases.map(({ phase, at }, i) => `${i + 1}. ${labels.phases[phase]} – ${dateTime(at)}`);
	return [
		`# ${labels.report}: ${mdInline(workshop.title)}`,
		facts.join('\n'),
		`## ${labels.institutionsPresent}`,
		institutions.join('\n') || labels.none,
		`## ${labels.phasesHeld}`,
		held.join('\n') || labels.none
	].join('\n\n');
}

function priorities(report: WorkshopReport, format: ExportFormat): string {
	const { labels } = format;
	const rounds = report.votingRounds.map((round) => votingRound(round, format));
	return [`## ${labels.priorities}`, ...(rounds.length > 0 ? rounds : [labels.noRounds])].join('\n\n');
}

function votingRound(round: VotingRound, { labels, dateTime }: ExportFormat): string {
	const facts = [labels.roundRules(round.budget, round.maxPerTarget), labels.voters(round.voters)];
	if (round.closedAt) facts.push(labels.closedAt(dateTime(round.closedAt)));
	const groups = round.breakdown.map((row) => mdCell(row.institutionType ?? labels.otherGroup));
	const rows = round.results.map((target) => [
		String(target.rank),
		mdCell(target.title),
		String(target.votes),
		...round.breakdown.map((row) => String(row.votes[target.targetId] ?? 0))
	]);
	const header = [labels.rank, labels.topic, labels.votes, ...groups];
	const align = header.map((_, i): 'l' | 'r' => (i === 1 ? 'l' : 'r'));
	const parts = [`### ${labels.round(round.number)}`, facts.join(' · ')];
	if (groups.length > 0) parts.push(`${labels.byInstitution}:`);
	return [...parts, table(header, rows, align)].join('\n\n');
}

function clusters(report: WorkshopReport, format: ExportFormat): string {
	const { labels } = format;
	const lastRound = report.votingRounds.at(-1);
	const parts = [`## ${labels.clusters}`];
	for (const cluster of report.clusters) {
		const target = lastRound?.results.find((candidate) => candidate.targetId === cluster.id);
		const facts = [labels.cardCount(cluster.cards.length)];
		if (target) facts.push(`${labels.rank} ${target.rank}`, `${target.votes} ${labels.votes}`);
		parts.push(`### ${mdInline(cluster.title)}`, `_${facts.join(' · ')}_`, cardList(cluster.cards, format));
	}
	parts.push(`## ${labels.unsorted}`, cardList(report.unsortedCards, format));
	return parts.join('\n\n');
}

/**
 * A card, then its translations as a nested list, each after its language; a translated card
 * names its own language beside the category, so original and translation are told apart.
 */
function cardList(cards: ReportCard[], { labels, language }: ExportFormat): string {
	if (cards.length === 0) return labels.none;
	return cards
		.map((card) => {
			const facts = [mdInline(card.category)];
			if (card.translations.length > 0) facts.push(card.lang ? language(card.lang) : labels.original);
			const translations = card.translations.map((t) => `\n  - *${language(t.lang)}:* ${mdBlock(t.text, '    ')}`);
			return `- ${mdBlock(card.text, '  ')} _(${facts.join(' · ')})_${translations.join('')}`;
		})
		.join('\n');
}

function actions(report: WorkshopReport, format: ExportFormat): string {
	const { labels, date, statusChange, status } = format;
	if (report.actions.length === 0) return `## ${labels.actionPlan}\n\n${labels.none}`;
	const header = [labels.action, labels.topic, labels.owner, labels.contact, labels.due, labels.status, labels.notes];
	const rows = report.actions.map((action) => {
		const history = action.history.map(statusChange).join('\n');
		return [
			mdCell(action.title),
			mdCell(action.clusterTitle ?? NOT_GIVEN),
			mdCell(action.owner || NOT_GIVEN),
			mdCell(action.contact || NOT_GIVEN),
			date(action.due),
			mdCell(status(action)),
			mdCell([fromGapText(format, action), action.notes, history && `${labels.history}:\n${history}`].filter(Boolean).join('\n'))
		];
	});
	return `## ${labels.actionPlan}\n\n${table(header, rows)}`;
}

function gaps(report: WorkshopReport, format: ExportFormat): string {
	const { labels } = format;
	const rows = report.gaps.map((row) => [
		mdCell(row.thema),
		...RESIDENCE_STATUSES.map((status) => {
			const { count, more } = gapCellText(format, row.cells[status]);
			return mdCell([count, ...more].join('\n'));
		})
	]);
	return `## ${labels.gaps}\n\n${labels.gapsIntro}\n\n${table([labels.topic, ...RESIDENCE_STATUSES.map((status) => labels.residence[status])], rows)}`;
}
