import type * as Y from 'yjs';
import { cleanTexts, LIMITS } from './fields.ts';
import { newId } from './ids.ts';
import { assign, createEntry, setDeleted } from './mutate.ts';
import { endKeys } from './ordering.ts';
import { fail, ok, type BoardResult } from './result.ts';
import { isGapRef, type GapRef } from './angebote.ts';
import { isActionStatus, isIsoDate, liveEntry, readAction, type ActionData } from './schema.ts';
import { isLiveCluster, listActions } from './selectors.ts';

/** Maßnahmen: created in the workshop, kept up to date by the Kerngruppe afterwards. */

export type ActionFields = Omit<ActionData, 'gap' | 'order' | 'createdAt' | 'deletedAt'>;
/** The Lücke is given once, when the Maßnahme is made; no edit changes it. */
export type NewAction = Partial<ActionFields> & { title: string; gap?: GapRef | null; id?: string; now?: number };
export type ActionPatch = Partial<ActionFields>;

const RULES = {
	title: { max: LIMITS.actionTitle, required: true },
	owner: { max: LIMITS.owner },
	contact: { max: LIMITS.contact },
	statusNote: { max: LIMITS.statusNote },
	notes: { max: LIMITS.notes }
};

/** Callers pass only the known fields, so an untyped caller cannot write anything else into the map. */
function cleanAction<T extends ActionPatch>(doc: Y.Doc, input: T): BoardResult<T> {
	const { due, status, clusterId } = input;
	const clean = cleanTexts(input, RULES);
	if (!clean.ok) return clean;
	if (due != null && !isIsoDate(due)) return fail('due', 'invalid');
	if (status !== undefined && !isActionStatus(status)) return fail('status', 'invalid');
	if (clusterId != null && !isLiveCluster(doc, clusterId)) return fail('clusterId', 'not_found');
	return clean;
}

/** A Maßnahme that is stuck says why: the Kerngruppe cannot help with a blank. */
function checkStatusNote(action: Pick<ActionFields, 'status' | 'statusNote'>): BoardResult {
	return action.status === 'stuck' && action.statusNote === '' ? fail('statusNote', 'required') : ok();
}

/** Adds a Maßnahme at the end of the plan; returns its id. */
export function addAction(doc: Y.Doc, input: NewAction): BoardResult<string> {
	return doc.transact(() => {
		const { title = '', clusterId = null, owner = '', contact = '' } = input;
		const { due = null, status = 'open', statusNote = '', notes = '', gap = null } = input;
		const clean = cleanAction(doc, { title, clusterId, owner, contact, due, status, statusNote, notes });
		if (!clean.ok) return clean;
		if (gap !== null && (!isGapRef(gap) || gap.thema.length > LIMITS.clusterTitle)) return fail('gap', 'invalid');
		const noted = checkStatusNote(clean.value);
		if (!noted.ok) return noted;
		const id = input.id ?? newId();
		const action: ActionData = {
			...clean.value,
			gap: gap && { thema: gap.thema.trim(), status: gap.status },
			order: endKeys(listActions(doc))[0]!,
			createdAt: input.now ?? Date.now(),
			deletedAt: null
		};
		createEntry(doc, 'actions', id, action);
		return ok(id);
	});
}

/** Changes the given fields (`due: null` clears the Frist); fields left out stay as they are. */
export function updateAction(doc: Y.Doc, id: string, patch: ActionPatch): BoardResult {
	return doc.transact(() => {
		const entry = liveEntry(doc, 'actions', id);
		if (!entry) return fail('action', 'not_found');
		const { title, clusterId, owner, contact, due, status, statusNote, notes } = patch;
		const clean = cleanAction(doc, { title, clusterId, owner, contact, due, status, statusNote, notes });
		if (!clean.ok) return clean;
		const current = readAction(id, entry);
		const statusChanged = clean.value.status !== undefined && clean.value.status !== current.status;
		const fields = { ...clean.value, statusNote: clean.value.statusNote ?? (statusChanged ? '' : undefined) };
		const noted = checkStatusNote({ status: fields.status ?? current.status, statusNote: fields.statusNote ?? current.statusNote });
		if (!noted.ok) return noted;
		assign(entry, fields);
		return ok();
	});
}

export const deleteAction = (doc: Y.Doc, id: string, now = Date.now()) =>
	setDeleted(doc, 'actions', 'action', id, now);
export const restoreAction = (doc: Y.Doc, id: string) => setDeleted(doc, 'actions', 'action', id, null);
