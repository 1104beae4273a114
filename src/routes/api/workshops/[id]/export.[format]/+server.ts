import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime.js';
import { appContext } from '$lib/server/context';
import { cardsCsv, votesCsv, actionsCsv } from '$lib/server/export/csv';
import { attachment } from '$lib/server/export/download';
import { gatherReport } from '$lib/server/export/gather';
import { renderIcs } from '$lib/server/export/ics';
import { EXPORT_LOCALES, exportLocaleFor, isExportLocale } from '$lib/i18n/export-locales';
import { renderMarkdown } from '$lib/server/export/markdown';
import { renderPdf } from '$lib/server/export/pdf';
import { jsonError } from '$lib/server/http/http';
import { exportWorkshop } from '$lib/server/transfer/export-workshop';
import { workshopResults } from '$lib/server/voting/results';
import { workshopForApi } from '$lib/server/workshop/workshop-access';
import type { RequestHandler } from './$types';

const CSV_PARTS = { cards: cardsCsv, votes: votesCsv, actions: actionsCsv } as const;

/**
 * The results for facilitators: the Ergebnisprotokoll (pdf), tables for Excel (csv, `?part=`
 * cards, votes or actions), Markdown, a calendar of the Fristen (ics) and the complete,
 * re-importable workshop (json). `?lang=de|en|uk|tr|ar` picks the language of the files' own
 * words; without it the reader's UI language where the exports have it, else German.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const access = workshopForApi(locals, params.id, ['facilitator']);
	if (!access.ok) return access.response;
	const context = appContext();
	const { workshop } = access;
	const lang = url.searchParams.get('lang');
	if (lang !== null && !isExportLocale(lang)) {
		return jsonError(400, 'invalid_input', `lang must be one of ${EXPORT_LOCALES.join(', ')}`, { fields: { lang: 'invalid' } });
	}
	const locale = lang ?? exportLocaleFor(getLocale());
	const name = (extension: string) => attachment(workshop.title, extension);

	if (params.format === 'json') {
		const data = await exportWorkshop(context, workshop.id);
		return json(data, { headers: { 'content-disposition': name('json') } });
	}
	const rounds = await workshopResults(context, workshop.id, (round) => round.status !== 'open');
	const report = await gatherReport(context, workshop.id, rounds);
	if (!report) return jsonError(404, 'not_found', 'No such workshop');
	const options = { locale };

	switch (params.format) {
		case 'pdf':
			return new Response(new Uint8Array(await renderPdf(report, options)), {
				headers: { 'content-type': 'application/pdf', 'content-disposition': name('pdf') }
			});
		case 'csv': {
			const part = url.searchParams.get('part') ?? 'cards';
			if (!(part in CSV_PARTS)) return jsonError(400, 'invalid_input', 'part must be cards, votes or actions');
			return new Response(CSV_PARTS[part as keyof typeof CSV_PARTS](report, options), {
				headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': name(`${part}.csv`) }
			});
		}
		case 'md':
			return new Response(renderMarkdown(report, options), {
				headers: { 'content-type': 'text/markdown; charset=utf-8', 'content-disposition': name('md') }
			});
		case 'ics':
			return new Response(renderIcs(report, options), {
				headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': name('ics') }
			});
		default:
			return jsonError(404, 'not_found', `No export format "${params.format}"; use pdf, csv, md, json or ics`);
	}
};
