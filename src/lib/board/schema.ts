import * as Y from 'yjs';
import { isGapRef, type GapRef } from './angebote.ts';
import { CARD_LANGUAGES, isCardLanguage, translationLanguageOf, translationSourceField, type CardLanguage, type CardTranslation } from './card-languages.ts';
import { FALLBACK_ORDER, isOrderKey } from './ordering.ts';

/**
 * Board document, schema version 1 (CONTRACT.md): root maps keyed by id, one Y.Map per entry, so
 * concurrent edits resolve per field and an entry is never duplicated. Every reader here accepts
 * whatever a buggy or hostile client may have written: wrong types read as defaults, entries that
 * are not maps are skipped, nothing throws.
 */
export const SCHEMA_VERSION = 1;

export type RootName = 'cards' | 'clusters' | 'actions';

export interface CardData {
	text: string;
	category: string;
	/** null: "Unsortiert". */
	clusterId: string | null;
	order: string;
	authorKey: string;
	/** The language the text is written in; null on cards from before languages were recorded. */
	lang: CardLanguage | null;
	createdAt: number;
	deletedAt: number | null;
}

export interface ClusterData {
	title: string;
	order: string;
	createdAt: number;
	deletedAt: number | null;
}

/** In the order a Maßnahme usually goes; `stuck` always comes with a reason (`statusNote`). */
export const ACTION_STATUSES = ['open', 'in_progress', 'stuck', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionData {
	title: string;
	clusterId: string | null;
	/** Verantwortlich: the institution. */
	owner: string;
	contact: string;
	/** Frist, YYYY-MM-DD. */
	due: string | null;
	status: ActionStatus;
	/** Goes with the status: why it is stuck, or how far it got. A status change without one clears it. */
	statusNote: string;
	notes: string;
	/** Set when the Maßnahme is made from a Lücke, and kept: the Bündnis checks later whether it closed it. */
	gap: GapRef | null;
	order: string;
	createdAt: number;
	deletedAt: number | null;
}

/**
 * Set on a cluster deleted by a merge: the id of the cluster it was merged into. Not part of
 * ClusterData because only merging writes it; readers use `mergedIntoOf`.
 */
export const MERGED_INTO = 'mergedInto';

/** Translations are stored one field per language (card-languages.ts), read in the list's order. */
export type Card = CardData & { readonly id: string; readonly translations: readonly CardTranslation[] };
export type Cluster = ClusterData & { readonly id: string };
export type Action = ActionData & { readonly id: string };

/** One stored card, cluster or action. Values are unknown: any client may write anything. */
export type Entry = Y.Map<unknown>;

export function rootMap(doc: Y.Doc, name: RootName): Y.Map<unknown> {
	return doc.getMap<unknown>(name);
}

export function entryOf(doc: Y.Doc, name: RootName, id: string): Entry | undefined {
	const value = rootMap(doc, name).get(id);
	return value instanceof Y.Map ? (value as Entry) : undefined;
}

/** A live (not deleted) entry by id; a malformed `deletedAt` reads as live, as it does for readers. */
export function liveEntry(doc: Y.Doc, name: RootName, id: string): Entry | undefined {
	const entry = entryOf(doc, name, id);
	return entry && timeOrNull(entry, 'deletedAt') === null ? entry : undefined;
}

/** Marks a fresh document as schema 1; a document that already says which schema it is stays as is. */
export function initBoard(doc: Y.Doc): void {
	doc.transact(() => {
		const meta = doc.getMap<unknown>('meta');
		if (meta.get('schema') === undefined) meta.set('schema', SCHEMA_VERSION);
	});
}

export function schemaVersion(doc: Y.Doc): number | null {
	const value = doc.getMap<unknown>('meta').get('schema');
	return typeof value === 'number' ? value : null;
}

function text(entry: Entry, key: string): string {
	const value = entry.get(key);
	return typeof value === 'string' ? value : '';
}

function textOrNull(entry: Entry, key: string): string | null {
	const value = entry.get(key);
	return typeof value === 'string' ? value : null;
}

function time(entry: Entry, key: string): number {
	const value = entry.get(key);
	return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function timeOrNull(entry: Entry, key: string): number | null {
	const value = entry.get(key);
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function order(entry: Entry): string {
	const value = entry.get('order');
	return isOrderKey(value) ? value : FALLBACK_ORDER;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD string naming a day that exists (no 2025-02-30). */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string' || !DATE.test(value)) return false;
	const [y, m, d] = value.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isActionStatus(value: unknown): value is ActionStatus {
	return (ACTION_STATUSES as readonly unknown[]).includes(value);
}

export function readCard(id: string, entry: Entry): Card {
	return {
		id,
		text: text(entry, 'text'),
		category: text(entry, 'category'),
		clusterId: textOrNull(entry, 'clusterId'),
		order: order(entry),
		authorKey: text(entry, 'authorKey'),
		lang: isCardLanguage(entry.get('lang')) ? (entry.get('lang') as CardLanguage) : null,
		translations: translationsOf(entry),
		createdAt: time(entry, 'createdAt'),
		deletedAt: timeOrNull(entry, 'deletedAt')
	};
}

function translationsOf(entry: Entry): CardTranslation[] {
	const out: CardTranslation[] = [];
	for (const [field, value] of entry) {
		const lang = translationLanguageOf(field);
		if (!lang || typeof value !== 'string' || value.trim() === '') continue;
		const source = entry.get(translationSourceField(lang));
		out.push({ lang, text: value, stale: typeof source === 'string' && source !== entry.get('text') });
	}
	return out.sort((a, b) => CARD_LANGUAGES.indexOf(a.lang) - CARD_LANGUAGES.indexOf(b.lang));
}

export function readCluster(id: string, entry: Entry): Cluster {
	return {
		id,
		title: text(entry, 'title'),
		order: order(entry),
		createdAt: time(entry, 'createdAt'),
		deletedAt: timeOrNull(entry, 'deletedAt')
	};
}

export function mergedIntoOf(entry: Entry): string | null {
	return textOrNull(entry, MERGED_INTO);
}

export function readAction(id: string, entry: Entry): Action {
	const due = entry.get('due');
	const status = entry.get('status');
	return {
		id,
		title: text(entry, 'title'),
		clusterId: textOrNull(entry, 'clusterId'),
		owner: text(entry, 'owner'),
		contact: text(entry, 'contact'),
		due: isIsoDate(due) ? due : null,
		status: isActionStatus(status) ? status : 'open',
		statusNote: text(entry, 'statusNote'),
		notes: text(entry, 'notes'),
		gap: gapOf(entry),
		order: order(entry),
		createdAt: time(entry, 'createdAt'),
		deletedAt: timeOrNull(entry, 'deletedAt')
	};
}

function gapOf(entry: Entry): GapRef | null {
	const value = entry.get('gap');
	return isGapRef(value) ? { thema: value.thema, status: value.status } : null;
}

/** Every entry of a root that is a map, read with `read`; anything else in the root is skipped. */
export function readAll<T>(doc: Y.Doc, name: RootName, read: (id: string, entry: Entry) => T): T[] {
	const out: T[] = [];
	for (const [id, value] of rootMap(doc, name)) {
		if (value instanceof Y.Map) out.push(read(id, value as Entry));
	}
	return out;
}
