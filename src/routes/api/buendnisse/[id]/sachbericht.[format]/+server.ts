import { getLocale } from '$lib/paraglide/runtime';
import { buendnisForApi } from '$lib/server/buendnis/buendnis-access';
import { sachberichtCsv } from '$lib/server/buendnis/sachbericht/csv';
import { gatherSachbericht } from '$lib/server/buendnis/sachbericht/gather';
import { defaultPeriod, PeriodInput, recordReport } from '$lib/server/buendnis/sachbericht/period';
import { renderSachberichtPdf } from '$lib/server/buendnis/sachbericht/pdf';
import { appContext } from '$lib/server/context';
import { attachment } from '$lib/server/export/download';
import { jsonError } from '$lib/server/http/http';
import { parse } from '$lib/server/http/validation';
import type { RequestHandler } from './$types';

/**
 * The Sachbericht of a Bündnis for a period (`?from=&to=`, YYYY-MM-DD; by default since the last
 * one), as PDF or CSV, `?lang=de|en`. Each one made is remembered for the next default period.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const access = buendnisForApi(locals, params.id);
	if (!access.ok) return access.response;
	if (params.format !== 'pdf' && params.format !== 'csv') return jsonError(404, 'not_found', 'Sachbericht as pdf or csv');
	const query = Object.fromEntries([...url.searchParams].filter(([key, value]) => (key === 'from' || key === 'to') && value !== ''));
	const parsed = parse(PeriodInput, query);
	if (!parsed.ok) return jsonError(400, 'invalid_input', 'Invalid period', { fields: parsed.errors });
	const context = appContext();
	const period = { ...defaultPeriod(context.db, access.buendnis), ...parsed.value };
	if (period.from > period.to) return jsonError(400, 'invalid_input', 'Invalid period', { fields: { to: 'before_from' } });
	const lang = url.searchParams.get('lang');
	const locale = lang === 'de' || lang === 'en' ? lang : getLocale() === 'en' ? 'en' : 'de';
	const report = await gatherSachbericht(context, access.buendnis, period);
	recordReport(context.db, access.buendnis.id, period);
	const name = attachment(`Sachbericht ${access.buendnis.name} ${period.from} ${period.to}`, params.format);
	if (params.format === 'csv') {
		return new Response(sachberichtCsv(report, { locale }), { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': name } });
	}
	return new Response(new Uint8Array(await renderSachberichtPdf(report, { locale })), {
		headers: { 'content-type': 'application/pdf', 'content-disposition': name }
	});
};
