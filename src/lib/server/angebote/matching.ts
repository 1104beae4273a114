import { eq } from 'drizzle-orm';
import * as v from 'valibot';
import { themaKey, type Angebot } from '../../board/angebote.ts';
import { LIMITS } from '../../board/fields.ts';
import { wall } from '../../board/selectors.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/open.ts';
import { angebote, angebotMatchDismissals } from '../db/schema.ts';
import { text } from '../http/validation.ts';
import { suggestMatches } from '../suggestions/index.ts';
import { listAngebote, updateAngebot, type StoredAngebot } from './angebote.ts';
import { ownedBy, ownerWorkshops, type AngebotOwner } from './owner.ts';

/**
 * Matching: which Themen of the workshops an Angebot serves. The server proposes links from the
 * texts; "Passt" writes the Thema into the Angebot's categories, so the Lückenanalyse and
 * everything else keyed on categories counts it; "Passt nicht" is remembered, so it is not
 * proposed again.
 */

/** A Thema of the walls with the texts of its cards, from every workshop that has it. */
export interface ThemaTexts {
	title: string;
	cardTexts: string[];
}

export interface AngebotMatch {
	angebotId: string;
	angebotTitle: string;
	thema: string;
	score: number;
	reasons: string[];
}

export const MatchDecision = v.object({
	angebotId: text('angebotId', 100),
	thema: text('thema', LIMITS.clusterTitle),
	decision: v.picklist(['confirm', 'dismiss'], 'decision:invalid')
});
export type MatchDecision = v.InferOutput<typeof MatchDecision>;

type Context = Pick<AppContext, 'db' | 'rooms'>;
type MatchAngebot = Pick<StoredAngebot, 'id' | 'title' | 'description' | 'categories'>;

const pair = (angebotId: string, key: string) => `${angebotId}\n${key}`;
const names = (angebot: Pick<Angebot, 'categories'>, key: string) => angebot.categories.some((c) => themaKey(c) === key);

/**
 * The clusters of the owner's workshops with their cards. A Thema named alike in several
 * workshops is one, titled as the oldest workshop titles it, with the cards of all of them.
 */
export async function themenWithCards(context: Context, owner: AngebotOwner): Promise<ThemaTexts[]> {
	const byKey = new Map<string, ThemaTexts>();
	for (const workshop of ownerWorkshops(context.db, owner).reverse()) {
		const clusters = await context.rooms.read(workshop.id, 'board', (doc) =>
			wall(doc).clusters.map(({ cluster, cards }) => ({ title: cluster.title.trim(), cardTexts: cards.map((card) => card.text) }))
		);
		for (const cluster of clusters) {
			const key = themaKey(cluster.title);
			if (key === '') continue;
			const known = byKey.get(key);
			if (known) known.cardTexts.push(...cluster.cardTexts);
			else byKey.set(key, cluster);
		}
	}
	return [...byKey.values()];
}

/**
 * The proposals, best first: pairs the suggestions find alike, without the Themen an Angebot
 * names already and without the pairs turned down. Pure; an Angebot speaks by its title,
 * description and categories, a Thema by its title and cards.
 */
export function proposeMatches(list: readonly MatchAngebot[], themen: readonly ThemaTexts[], dismissed: ReadonlySet<string>): AngebotMatch[] {
	const byId = new Map(list.map((angebot) => [angebot.id, angebot]));
	const byKey = new Map(themen.map((thema) => [themaKey(thema.title), thema]));
	const items = list.map((a) => ({ id: a.id, text: [a.title, a.description, ...a.categories].join('\n') }));
	const groups = [...byKey].map(([key, thema]) => ({ id: key, title: thema.title, texts: thema.cardTexts }));
	return suggestMatches(items, groups)
		.filter((match) => !names(byId.get(match.itemId)!, match.groupId) && !dismissed.has(pair(match.itemId, match.groupId)))
		.map(({ itemId, groupId, score, reasons }) => ({
			angebotId: itemId,
			angebotTitle: byId.get(itemId)!.title,
			thema: byKey.get(groupId)!.title,
			score,
			reasons
		}));
}

function dismissals(db: Db, owner: AngebotOwner): Set<string> {
	const rows = db
		.select({ angebotId: angebotMatchDismissals.angebotId, thema: angebotMatchDismissals.thema })
		.from(angebotMatchDismissals)
		.innerJoin(angebote, eq(angebotMatchDismissals.angebotId, angebote.id))
		.where(ownedBy(owner))
		.all();
	return new Set(rows.map((row) => pair(row.angebotId, row.thema)));
}

export async function ownerMatches(context: Context, owner: AngebotOwner): Promise<AngebotMatch[]> {
	return matchesFor(context.db, owner, await themenWithCards(context, owner));
}

function matchesFor(db: Db, owner: AngebotOwner, themen: readonly ThemaTexts[]): AngebotMatch[] {
	return proposeMatches(listAngebote(db, owner), themen, dismissals(db, owner));
}

export type Decided =
	| { ok: true; value: { angebot: StoredAngebot; matches: AngebotMatch[] } }
	| { ok: false; field: 'angebotId' | 'thema' };

/**
 * "Passt" or "Passt nicht" for an Angebot and a Thema of these walls, proposed or not: the
 * facilitator may link what the texts missed. Deciding twice changes nothing the second time.
 */
export async function decideMatch(context: Context, owner: AngebotOwner, input: MatchDecision): Promise<Decided> {
	const key = themaKey(input.thema);
	const themen = await themenWithCards(context, owner);
	const thema = themen.find((t) => themaKey(t.title) === key);
	// From here on no await: the Angebot read is the one written.
	const angebot = listAngebote(context.db, owner).find((a) => a.id === input.angebotId);
	if (!angebot) return { ok: false, field: 'angebotId' };
	if (!thema) return { ok: false, field: 'thema' };
	let now = angebot;
	if (input.decision === 'dismiss') {
		context.db.insert(angebotMatchDismissals).values({ angebotId: angebot.id, thema: key }).onConflictDoNothing().run();
	} else if (!names(angebot, key)) {
		const { id: _id, published: _published, ...data } = angebot;
		now = { ...angebot, categories: [...angebot.categories, thema.title] };
		updateAngebot(context.db, owner, angebot.id, { ...data, categories: now.categories });
	}
	// The boards were read above; only the Angebot and the dismissals changed.
	return { ok: true, value: { angebot: now, matches: matchesFor(context.db, owner, themen) } };
}
