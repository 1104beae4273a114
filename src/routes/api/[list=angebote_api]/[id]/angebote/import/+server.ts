import { json } from '@sveltejs/kit';
import { addAngebote } from '$lib/server/angebote/angebote';
import { parseMapping, readTable, suggestMapping, summarise } from '$lib/server/angebote/table-import';
import { angeboteForApi } from '$lib/server/angebote/angebote-access';
import { appContext } from '$lib/server/context';
import { jsonError } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

/**
 * Imports a Kommune's list of Angebote (multipart: `file` CSV or XLSX, `mapping` a JSON array of
 * field per column, else suggested from the headers). `dryRun=1` answers what would happen: the
 * headers, the mapping and every problem by row and column. Otherwise all rows are imported, or,
 * if any row or the mapping has a problem, none (400 with the problems).
 */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const access = angeboteForApi(locals, params.list, params.id);
	if (!access.ok) return access.response;
	const form = await request.formData().catch(() => null);
	const file = form?.get('file');
	if (!form || !(file instanceof File)) return jsonError(400, 'invalid_input', 'Send the list as multipart form data, field "file"', { fields: { file: 'required' } });
	const table = await readTable(new Uint8Array(await file.arrayBuffer())).catch(() => null);
	if (!table || table.headers.length === 0) return jsonError(400, 'invalid_input', 'The file is no table we can read (CSV or XLSX)', { fields: { file: 'invalid' } });

	const rawMapping = form.get('mapping');
	let mapping = suggestMapping(table.headers);
	if (typeof rawMapping === 'string' && rawMapping !== '') {
		let sent: unknown = null;
		try {
			sent = JSON.parse(rawMapping);
		} catch {
			// stays null, refused below
		}
		const parsed = parseMapping(sent, table.headers.length);
		if (!parsed) return jsonError(400, 'invalid_input', `mapping: one field or null per column (${table.headers.length})`, { fields: { mapping: 'invalid' } });
		mapping = parsed;
	}
	const { angebote, ...summary } = summarise(table, mapping);
	if (form.get('dryRun') === '1') return json(summary);
	if (!angebote) {
		return json({ error: { code: 'invalid_rows', message: 'Nothing imported: fix the problems named and send the list again', ...summary } }, { status: 400 });
	}
	return json({ imported: addAngebote(appContext().db, access.owner, angebote) }, { status: 201 });
};
