import { fail } from '@sveltejs/kit';
import { angebotChains } from '$lib/board/angebot-chains';
import { angebotTexts } from '$lib/board/angebote';
import { listPage } from '$lib/board/angebote-list';
import { createFromForm, saveFromForm } from '$lib/server/angebote/angebot-form';
import { angeboteForPage } from '$lib/server/angebote/angebote-access';
import { addAngebote, deleteAngebot, listAngebote, setPublished } from '$lib/server/angebote/angebote';
import { createGapAction, GapActionInput, GapRefInput, ownerGaps } from '$lib/server/angebote/gaps';
import { decideMatch, MatchDecision, ownerMatches } from '$lib/server/angebote/matching';
import { angeboteVersion } from '$lib/server/angebote/list-version';
import { publicListUrl } from '$lib/server/angebote/public-angebote';
import { parseMapping, parseTable, readTable, suggestMapping, summarise, type Table } from '$lib/server/angebote/table-import';
import { appContext } from '$lib/server/context';
import { publicOrigin } from '$lib/server/http/http';
import { parse } from '$lib/server/http/validation';
import type { Action, Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { owner, name, members, back } = angeboteForPage(locals, url, params.list, params.id);
	const context = appContext();
	// Before the list: a change landing in between then costs one reload more, not a missed one.
	const version = await angeboteVersion(context, owner);
	const angebote = listAngebote(context.db, owner);
	const search = url.searchParams.get('suche')?.trim() ?? '';
	const editing = angebote.find((a) => a.id === url.searchParams.get('edit'));
	const gaps = await ownerGaps(context, owner);
	return {
		owner: { kind: owner.kind, name, back },
		versionUrl: `/api/${owner.kind === 'buendnis' ? 'buendnisse' : 'workshops'}/${owner.id}/angebote/version`,
		total: angebote.length,
		version,
		published: angebote.filter((a) => a.published).length,
		search,
		list: listPage(angebote, search, url.searchParams.get('seite')),
		editing: editing ? { angebotId: editing.id, title: editing.title, values: angebotTexts(editing) } : null,
		publicUrl: publicListUrl(publicOrigin(url), owner),
		gaps,
		// The Themen of the Lückenanalyse, so the walls are read once for both.
		chains: angebotChains(gaps.map((row) => row.thema), angebote),
		matches: await ownerMatches(context, owner),
		members,
		// "Maßnahme anlegen" in a Lücke's cell opens the form for that Lücke (?luecke=Thema&status=duldung).
		chosenGap: url.searchParams.has('luecke') ? chosenGap(url.searchParams.get('luecke'), url.searchParams.get('status')) : null
	};
};

function chosenGap(thema: unknown, status: unknown) {
	const parsed = parse(GapRefInput, { thema, status });
	return parsed.ok ? parsed.value : null;
}

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

/** "Passt" and "Passt nicht" on a proposal; the message after it names the pair. */
function decide(decision: MatchDecision['decision']): Action {
	return async ({ locals, url, params, request }) => {
		const { owner } = angeboteForPage(locals, url, params.list, params.id);
		const form = await request.formData();
		const parsed = parse(MatchDecision, { angebotId: form.get('angebotId'), thema: form.get('thema'), decision });
		if (!parsed.ok) return fail(400, { match: { error: 'invalid' as const } });
		const decided = await decideMatch(appContext(), owner, parsed.value);
		if (!decided.ok) return fail(404, { match: { error: 'not_found' as const } });
		return { match: { decision, angebot: decided.value.angebot.title, thema: parsed.value.thema } };
	};
}

export const actions: Actions = {
	confirmMatch: decide('confirm'),
	dismissMatch: decide('dismiss'),
	gapAction: async ({ locals, url, params, request }) => {
		const { owner, user } = angeboteForPage(locals, url, params.list, params.id);
		const form = await request.formData();
		const values = { title: String(form.get('title') ?? ''), owner: String(form.get('owner') ?? ''), due: String(form.get('due') ?? '') };
		const gap = chosenGap(form.get('thema'), form.get('status'));
		if (!gap) return fail(400, { gapGone: true });
		const input = parse(GapActionInput, { ...values, ...gap });
		if (!input.ok) return fail(400, { gapAction: { ...gap, values, errors: input.errors } });
		const created = await createGapAction(appContext(), owner, input.value, { kind: 'person', name: user.name });
		if (created.ok) return { gapCreated: { title: input.value.title.trim(), workshopId: created.value.workshopId } };
		if (created.field === 'thema') return fail(404, { gapGone: true });
		return fail(400, { gapAction: { ...gap, values, errors: { [created.field]: created.code } } });
	},
	create: async ({ locals, url, params, request }) => createFromForm(appContext().db, angeboteForPage(locals, url, params.list, params.id).owner, await request.formData()),
	save: async ({ locals, url, params, request }) => saveFromForm(appContext().db, angeboteForPage(locals, url, params.list, params.id).owner, await request.formData()),
	remove: async ({ locals, url, params, request }) => {
		const { owner } = angeboteForPage(locals, url, params.list, params.id);
		const removed = deleteAngebot(appContext().db, owner, String((await request.formData()).get('angebotId') ?? ''));
		return removed ? { removed: true } : fail(404, { removed: false });
	},
	publish: async ({ locals, url, params, request }) => {
		const { owner } = angeboteForPage(locals, url, params.list, params.id);
		const form = await request.formData();
		const published = form.get('published') === 'true';
		const changed = setPublished(appContext().db, owner, String(form.get('angebotId') ?? ''), published);
		return changed ? { published } : fail(404, { published: null });
	},
	check: async ({ locals, url, params, request }) => {
		angeboteForPage(locals, url, params.list, params.id);
		const result = await step(await request.formData());
		if (!result) return fail(400, { unreadable: true });
		return { checked: shown(result) };
	},
	import: async ({ locals, url, params, request }) => {
		const { owner } = angeboteForPage(locals, url, params.list, params.id);
		const result = await step(await request.formData());
		if (!result) return fail(400, { unreadable: true });
		const { angebote } = result.summary;
		if (!angebote) return fail(400, { checked: shown(result) });
		return { imported: addAngebote(appContext().db, owner, angebote) };
	}
};
