import { fail } from '@sveltejs/kit';
import { ANGEBOT_FIELDS, parseAngebot, type AngebotField } from '$lib/board/angebote';
import { addAngebote, deleteAngebot, listAngebote } from '$lib/server/angebote/angebote';
import { buendnisGaps } from '$lib/server/angebote/gaps';
import { parseMapping, parseTable, readTable, suggestMapping, summarise, type Table } from '$lib/server/angebote/table-import';
import { facilitatorBuendnis } from '$lib/server/buendnis/buendnis-access';
import { appContext } from '$lib/server/context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { buendnis } = facilitatorBuendnis(locals, url, params.id);
	const context = appContext();
	return {
		buendnis: { id: buendnis.id, name: buendnis.name },
		angebote: listAngebote(context.db, buendnis.id),
		gaps: await buendnisGaps(context, buendnis.id)
	};
};

/**
 * The import in steps without a server-side draft: the first step reads the uploaded file, and
 * the page sends the table back (as JSON in a hidden field) with the mapping the facilitator
 * chose, until it is imported.
 */
async function step(form: FormData): Promise<{ table: Table; summary: ReturnType<typeof summarise> } | null> {
	const file = form.get('file');
	const table =
		file instanceof File && file.size > 0
			? await readTable(new Uint8Array(await file.arrayBuffer())).catch(() => null)
			: parseTable(String(form.get('table') ?? ''));
	if (!table || table.headers.length === 0) return null;
	const chosen = form.has('map-0') ? parseMapping(table.headers.map((_, i) => form.get(`map-${i}`) ?? ''), table.headers.length) : null;
	return { table, summary: summarise(table, chosen ?? suggestMapping(table.headers)) };
}

function shown(result: NonNullable<Awaited<ReturnType<typeof step>>>) {
	const { angebote, ...summary } = result.summary;
	return { ...summary, ready: angebote !== null, table: JSON.stringify(result.table), preview: result.table.rows.slice(0, 5) };
}

export const actions: Actions = {
	create: async ({ locals, url, params, request }) => {
		const { buendnis } = facilitatorBuendnis(locals, url, params.id);
		const form = await request.formData();
		const values = Object.fromEntries(ANGEBOT_FIELDS.map((field) => [field, String(form.get(field) ?? '')])) as Record<AngebotField, string>;
		const parsed = parseAngebot(values);
		if (!parsed.ok) {
			return fail(400, { create: { values, errors: Object.fromEntries(parsed.errors.map((e) => [e.field, e.code])) as Partial<Record<AngebotField, string>> } });
		}
		addAngebote(appContext().db, buendnis.id, [parsed.value]);
		return { created: parsed.value.title };
	},
	remove: async ({ locals, url, params, request }) => {
		const { buendnis } = facilitatorBuendnis(locals, url, params.id);
		const removed = deleteAngebot(appContext().db, buendnis.id, String((await request.formData()).get('angebotId') ?? ''));
		return removed ? { removed: true } : fail(404, { removed: false });
	},
	check: async ({ locals, url, params, request }) => {
		facilitatorBuendnis(locals, url, params.id);
		const result = await step(await request.formData());
		if (!result) return fail(400, { unreadable: true });
		return { checked: shown(result) };
	},
	import: async ({ locals, url, params, request }) => {
		const { buendnis } = facilitatorBuendnis(locals, url, params.id);
		const result = await step(await request.formData());
		if (!result) return fail(400, { unreadable: true });
		const { angebote } = result.summary;
		if (!angebote) return fail(400, { checked: shown(result) });
		return { imported: addAngebote(appContext().db, buendnis.id, angebote) };
	}
};
