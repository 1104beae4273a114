import type * as Y from 'yjs';
import { isCardLanguage, translationField, translationSourceField } from './card-languages.ts';
import { cleanText, cleanTexts, LIMITS } from './fields.ts';
import { newId } from './ids.ts';
import { assign, createEntry, place, setDeleted } from './mutate.ts';
import { endKeys, type Placement } from './ordering.ts';
import { fail, ok, type BoardResult } from './result.ts';
import { liveEntry, type CardData } from './schema.ts';
import { cardsOf, isLiveCluster } from './selectors.ts';

/** Card operations; each runs in one transaction and reports expected failures as values. */

export interface NewCard {
	text: string;
	category: string;
	authorKey: string;
	/** The language of the text; left out: not known. */
	lang?: string | null;
	/** null or left out: "Unsortiert". */
	clusterId?: string | null;
	id?: string;
	now?: number;
}

export interface CardEdit {
	text?: string;
	category?: string;
}

export type CardMove = Placement & { clusterId: string | null };

const RULES = {
	text: { max: LIMITS.cardText, required: true },
	category: { max: LIMITS.category },
	authorKey: { max: LIMITS.authorKey, required: true }
};

/** Pins a new card at the end of its cluster (or of "Unsortiert"); returns its id. */
export function addCard(doc: Y.Doc, input: NewCard): BoardResult<string> {
	const { text, category, authorKey } = input;
	const clean = cleanTexts({ text, category, authorKey }, RULES);
	if (!clean.ok) return clean;
	const clusterId = input.clusterId ?? null;
	const lang = input.lang ?? null;
	if (lang !== null && !isCardLanguage(lang)) return fail('lang', 'invalid');
	return doc.transact(() => {
		if (clusterId !== null && !isLiveCluster(doc, clusterId)) return fail('clusterId', 'not_found');
		const id = input.id ?? newId();
		const card: CardData = {
			...clean.value,
			lang,
			clusterId,
			order: endKeys(cardsOf(doc, clusterId))[0]!,
			createdAt: input.now ?? Date.now(),
			deletedAt: null
		};
		createEntry(doc, 'cards', id, card);
		return ok(id);
	});
}

export function editCard(doc: Y.Doc, id: string, edit: CardEdit): BoardResult {
	const { text, category } = edit;
	const clean = cleanTexts({ text, category }, RULES);
	if (!clean.ok) return clean;
	return doc.transact(() => {
		const entry = liveEntry(doc, 'cards', id);
		if (!entry) return fail('card', 'not_found');
		assign(entry, clean.value);
		return ok();
	});
}

/**
 * Adds, changes or (with an empty text) removes the card's translation into `lang`, noting the
 * card's text it was made for. Anyone who may write the board may translate any card: the author,
 * another participant, the Moderation.
 */
export function setTranslation(doc: Y.Doc, id: string, lang: unknown, text: unknown): BoardResult {
	if (!isCardLanguage(lang)) return fail('lang', 'invalid');
	const clean = cleanText('text', text, { max: LIMITS.cardText });
	if (!clean.ok) return clean;
	return doc.transact(() => {
		const entry = liveEntry(doc, 'cards', id);
		if (!entry) return fail('card', 'not_found');
		if (entry.get('lang') === lang) return fail('lang', 'invalid');
		const field = translationField(lang);
		const source = translationSourceField(lang);
		if (clean.value === '') {
			entry.delete(field);
			entry.delete(source);
			return ok();
		}
		if (entry.get(field) !== clean.value) entry.set(field, clean.value);
		// Saved again unchanged after the card was edited, it is confirmed for the new text.
		if (entry.get(source) !== entry.get('text')) entry.set(source, entry.get('text'));
		return ok();
	});
}

/**
 * Moves a live card into a cluster (null: "Unsortiert"), before or after one of the cards shown
 * there, or to the end. Cluster and order are always written together: when two people move the
 * same card at once, one move wins as a whole on every replica.
 */
export function moveCard(doc: Y.Doc, id: string, move: CardMove): BoardResult {
	return doc.transact(() => {
		const entry = liveEntry(doc, 'cards', id);
		if (!entry) return fail('card', 'not_found');
		if (move.clusterId !== null && !isLiveCluster(doc, move.clusterId)) return fail('clusterId', 'not_found');
		const siblings = cardsOf(doc, move.clusterId).filter((c) => c.id !== id);
		const key = place(doc, 'cards', siblings, move);
		if (!key.ok) return key;
		entry.set('clusterId', move.clusterId);
		entry.set('order', key.value);
		return ok();
	});
}

/** Into the Papierkorb; `restoreCard` brings it back where it was (or to "Unsortiert"). */
export const deleteCard = (doc: Y.Doc, id: string, now = Date.now()) =>
	setDeleted(doc, 'cards', 'card', id, now);
export const restoreCard = (doc: Y.Doc, id: string) => setDeleted(doc, 'cards', 'card', id, null);
